package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named customer segments (客户分层) as a table over the RFM score cells: each segment is one or more boxes of
 * recency, frequency and monetary score ranges, and every cell {@code (r, f, m)} belongs to exactly one segment — a
 * table with a cell in two segments or in none is rejected when it is built, naming the cells.
 *
 * <pre>{@code
 * SegmentTable table = SegmentTable.standard();          // 11 segments over scores 1-5
 * table.segmentOf(5, 5, 5);                              // "champions"
 * SegmentTable mine = SegmentTable.builder(3)
 *     .segment("best", 3, 3, 2, 3, 1, 3)                 // r 3, f 2-3, m 1-3
 *     .segment("rest", 1, 2, 1, 3, 1, 3).segment("rest", 3, 3, 1, 1, 1, 3)
 *     .build();
 * SegmentTable fromFile = SegmentTable.fromJson(reader); // {"scores":3,"segments":[{"name":"best","cells":[
 *                                                        //   {"r":[3,3],"f":[2,3],"m":[1,3]}]}, …]}
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SegmentTable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** How many cells an error message lists before "and N more". */
  private static final int LISTED = 8;

  private final int scores;
  private final ImmutableList<String> names;
  /** Segment index of cell (r, f, m) at {@code ((r − 1)·n + f − 1)·n + m − 1}. */
  private final byte[] cells;
  /** The boxes as given, per segment, for {@link #toJson()}: {rMin, rMax, fMin, fMax, mMin, mMax}. */
  private final ImmutableList<ImmutableList<int[]>> boxes;

  private SegmentTable(int scores, ImmutableList<String> names, byte[] cells,
      ImmutableList<ImmutableList<int[]>> boxes) {
    this.scores = scores;
    this.names = names;
    this.cells = cells;
    this.boxes = boxes;
  }

  /**
   * The default table over scores 1-5: champions, loyal customers, potential loyalists, new customers, promising,
   * need attention, about to sleep, at risk, can't lose them, hibernating, lost. See {@link StandardSegments} for
   * the cells and how they follow the R {@code rfm} package's ranges.
   *
   * @return the table
   * @since 0.1
   */
  public static SegmentTable standard() {
    return StandardSegments.TABLE;
  }

  /**
   * A builder for a table over scores {@code 1 … scores}.
   *
   * @param scores the highest score, from 2 to 10
   * @return a new builder
   * @throws SegmentException if {@code scores} is out of range
   * @since 0.1
   */
  public static Builder builder(int scores) {
    if (scores < 2 || scores > 10) {
      throw new SegmentException("scores", "scores must be from 2 to 10, got " + scores);
    }
    return new Builder(scores);
  }

  /**
   * Reads a table from JSON: {@code {"scores": n, "segments": [{"name": …, "cells": [{"r": [min, max], "f": [min,
   * max], "m": [min, max]}, …]}, …]}}. Unknown fields are rejected.
   *
   * @param json the JSON text
   * @return the table
   * @throws SegmentException naming the JSON path, for malformed JSON, a missing or unknown field, a bad range, or
   *     a table with overlapping or missing cells
   * @throws IOException if reading fails
   * @since 0.1
   */
  public static SegmentTable fromJson(Reader json) throws IOException {
    checkNotNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SegmentException("json", "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new SegmentException("json", "$: expected an object with \"scores\" and \"segments\"");
    }
    onlyFields(root, "$", "scores", "segments");
    Builder b = builder(integer(root.get("scores"), "$.scores"));
    JsonNode segments = root.get("segments");
    if (segments == null || !segments.isArray() || segments.isEmpty()) {
      throw new SegmentException("json", "$.segments: expected a non-empty array of segments");
    }
    for (int s = 0; s < segments.size(); s++) {
      String path = "$.segments[" + s + "]";
      JsonNode segment = segments.get(s);
      if (!segment.isObject()) {
        throw new SegmentException("json", path + ": expected an object with \"name\" and \"cells\"");
      }
      onlyFields(segment, path, "name", "cells");
      JsonNode name = segment.get("name");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        throw new SegmentException("json", path + ".name: expected a non-blank string");
      }
      JsonNode boxes = segment.get("cells");
      if (boxes == null || !boxes.isArray() || boxes.isEmpty()) {
        throw new SegmentException("json", path + ".cells: expected a non-empty array of {\"r\",\"f\",\"m\"} ranges");
      }
      for (int c = 0; c < boxes.size(); c++) {
        String cellPath = path + ".cells[" + c + "]";
        JsonNode box = boxes.get(c);
        if (!box.isObject()) {
          throw new SegmentException("json", cellPath + ": expected {\"r\": [min, max], \"f\": …, \"m\": …}");
        }
        onlyFields(box, cellPath, "r", "f", "m");
        int[] r = range(box.get("r"), cellPath + ".r");
        int[] f = range(box.get("f"), cellPath + ".f");
        int[] m = range(box.get("m"), cellPath + ".m");
        try {
          b.segment(name.asText(), r[0], r[1], f[0], f[1], m[0], m[1]);
        } catch (SegmentException e) {
          throw new SegmentException("json", cellPath + ": " + e.getMessage());
        }
      }
    }
    return b.build();
  }

  private static void onlyFields(JsonNode node, String path, String... allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!Arrays.asList(allowed).contains(field)) {
        throw new SegmentException("json", path + "." + field + ": unknown field; expected " + String.join(", ",
            allowed));
      }
    }
  }

  private static int integer(JsonNode node, String path) {
    if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
      throw new SegmentException("json", path + ": expected a whole number, got " + node);
    }
    return node.asInt();
  }

  private static int[] range(JsonNode node, String path) {
    if (node == null || !node.isArray() || node.size() != 2) {
      throw new SegmentException("json", path + ": expected [min, max], got " + node);
    }
    return new int[] {integer(node.get(0), path + "[0]"), integer(node.get(1), path + "[1]")};
  }

  /**
   * The highest score; scores run from 1.
   *
   * @return from 2 to 10
   * @since 0.1
   */
  public int scores() {
    return scores;
  }

  /**
   * The segment names, in the order they were first given.
   *
   * @return the names
   * @since 0.1
   */
  public ImmutableList<String> names() {
    return names;
  }

  /**
   * The segment of a score cell.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @return the segment's name
   * @throws SegmentException if a score is outside {@code 1 … scores()}
   * @since 0.1
   */
  public String segmentOf(int r, int f, int m) {
    for (int s : new int[] {r, f, m}) {
      if (s < 1 || s > scores) {
        throw new SegmentException("score", "scores must be from 1 to " + scores + ", got (" + r + ", " + f + ", "
            + m + ")");
      }
    }
    return names.get(indexOf(r, f, m));
  }

  /** The segment index of a cell; scores in range. */
  int indexOf(int r, int f, int m) {
    return cells[((r - 1) * scores + f - 1) * scores + m - 1];
  }

  /**
   * The table as JSON, in the form {@link #fromJson} reads.
   *
   * @return the JSON text
   * @since 0.1
   */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scores", scores);
    ArrayNode segments = root.putArray("segments");
    for (int s = 0; s < names.size(); s++) {
      ObjectNode segment = segments.addObject();
      segment.put("name", names.get(s));
      ArrayNode list = segment.putArray("cells");
      for (int[] box : boxes.get(s)) {
        ObjectNode cell = list.addObject();
        cell.putArray("r").add(box[0]).add(box[1]);
        cell.putArray("f").add(box[2]).add(box[3]);
        cell.putArray("m").add(box[4]).add(box[5]);
      }
    }
    return root.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SegmentTable && ((SegmentTable) o).scores == scores && ((SegmentTable) o).names.equals(names)
        && Arrays.equals(((SegmentTable) o).cells, cells);
  }

  @Override
  public int hashCode() {
    return 31 * names.hashCode() + Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return "SegmentTable{scores=" + scores + ", segments=" + names + "}";
  }

  /**
   * Builds a {@link SegmentTable}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final int scores;
    private final Map<String, List<int[]>> segments = new LinkedHashMap<>();

    private Builder(int scores) {
      this.scores = scores;
    }

    /**
     * Adds a box of cells to a segment (a segment may take several boxes). Ranges are inclusive.
     *
     * @param name the segment's name
     * @param rMin lowest recency score
     * @param rMax highest recency score
     * @param fMin lowest frequency score
     * @param fMax highest frequency score
     * @param mMin lowest monetary score
     * @param mMax highest monetary score
     * @return this builder
     * @throws SegmentException if the name is blank, a score is outside {@code 1 … scores} or a minimum exceeds its
     *     maximum
     * @since 0.1
     */
    public Builder segment(String name, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
      checkNotNull(name, "name");
      if (name.isBlank()) {
        throw new SegmentException("name", "a segment name must not be blank");
      }
      int[] box = {rMin, rMax, fMin, fMax, mMin, mMax};
      for (int i = 0; i < 6; i += 2) {
        if (box[i] < 1 || box[i + 1] > scores || box[i] > box[i + 1]) {
          throw new SegmentException("score", "segment \"" + name + "\": the " + "rfm".charAt(i / 2)
              + " range [" + box[i] + ", " + box[i + 1] + "] must lie within 1 … " + scores + " with min ≤ max");
        }
      }
      segments.computeIfAbsent(name, k -> new ArrayList<>()).add(box);
      return this;
    }

    /** Fixes the position of a segment name in {@link SegmentTable#names()} before its boxes are given. */
    Builder declare(String name) {
      segments.computeIfAbsent(name, k -> new ArrayList<>());
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     * @throws SegmentException if a cell is in two segments or in none (the message names the cells), or there are
     *     more than 127 segments
     * @since 0.1
     */
    public SegmentTable build() {
      if (segments.isEmpty() || segments.size() > 127) {
        throw new SegmentException("segments", "a table needs 1 to 127 segments, got " + segments.size());
      }
      int n = scores;
      byte[] cells = new byte[n * n * n];
      Arrays.fill(cells, (byte) -1);
      List<String> names = new ArrayList<>(segments.keySet());
      List<String> overlaps = new ArrayList<>();
      int overlapCount = 0;
      for (int s = 0; s < names.size(); s++) {
        for (int[] box : segments.get(names.get(s))) {
          for (int r = box[0]; r <= box[1]; r++) {
            for (int f = box[2]; f <= box[3]; f++) {
              for (int m = box[4]; m <= box[5]; m++) {
                int at = ((r - 1) * n + f - 1) * n + m - 1;
                if (cells[at] >= 0 && cells[at] != s) {
                  if (overlapCount++ < LISTED) {
                    overlaps.add("(" + r + "," + f + "," + m + ") in " + names.get(cells[at]) + " and "
                        + names.get(s));
                  }
                } else {
                  cells[at] = (byte) s;
                }
              }
            }
          }
        }
      }
      if (overlapCount > 0) {
        throw new SegmentException("segments", "cells (r,f,m) in two segments: " + String.join(", ", overlaps)
            + (overlapCount > LISTED ? " and " + (overlapCount - LISTED) + " more" : ""));
      }
      List<String> gaps = new ArrayList<>();
      int gapCount = 0;
      for (int at = 0; at < cells.length; at++) {
        if (cells[at] < 0 && gapCount++ < LISTED) {
          gaps.add("(" + (at / (n * n) + 1) + "," + (at / n % n + 1) + "," + (at % n + 1) + ")");
        }
      }
      if (gapCount > 0) {
        throw new SegmentException("segments", "cells (r,f,m) in no segment: " + String.join(", ", gaps)
            + (gapCount > LISTED ? " and " + (gapCount - LISTED) + " more" : "") + "; every cell needs a segment");
      }
      ImmutableList.Builder<ImmutableList<int[]>> boxes = ImmutableList.builder();
      for (String name : names) {
        boxes.add(ImmutableList.copyOf(segments.get(name)));
      }
      return new SegmentTable(n, ImmutableList.copyOf(names), cells, boxes.build());
    }
  }
}
