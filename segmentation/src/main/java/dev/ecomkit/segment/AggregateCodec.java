package dev.ecomkit.segment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * The byte form of an {@link RfmAggregate}: the magic {@code RFMA}, a format version (2; version 1, without the kept
 * pairs, is still read), the minor unit, the id kind, what is kept (a bit for distinct days, one for orders), the
 * customer count, then per customer its id ({@code long}, or modified UTF-8) and first day, last day, purchases,
 * amount and refunds; then, for each kept set, its size and its (customer position, day or order) pairs. Big-endian,
 * as {@link DataOutputStream} writes.
 *
 * <p>Stateless and thread-safe.
 */
final class AggregateCodec {

  private static final int MAGIC = 0x52464d41; // "RFMA"
  private static final int VERSION = 2;

  private AggregateCodec() {}

  static byte[] toBytes(RfmAggregate a) {
    KeptPairs kept = a.kept();
    long length = 12 + 28L * a.size() + (kept.days == null ? 0 : 4 + 8L * kept.days.size())
        + (kept.orders == null ? 0 : 4 + 12L * kept.orders.size());
    for (int i = 0; i < a.size(); i++) {
      length += a.stringKeyed() ? 2 + 3L * a.stringId(i).length() : 8; // modified UTF-8: at most 3 bytes a char
    }
    if (length > Integer.MAX_VALUE - 16) {
      throw new SegmentException("aggregate", "the aggregate needs about " + length + " bytes, more than one byte "
          + "array holds; split the customers over several aggregates or write toJson");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(length, 1 << 20));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeByte(VERSION);
      out.writeByte(a.decimals());
      out.writeBoolean(a.stringKeyed());
      out.writeByte((kept.days != null ? 1 : 0) | (kept.orders != null ? 2 : 0));
      out.writeInt(a.size());
      for (int i = 0; i < a.size(); i++) {
        if (a.stringKeyed()) {
          out.writeUTF(a.stringId(i));
        } else {
          out.writeLong(a.longId(i));
        }
        out.writeInt(a.firstDay(i));
        out.writeInt(a.lastDay(i));
        out.writeInt(a.purchases(i));
        out.writeLong(a.amountMinor(i));
        out.writeLong(a.refundsMinor(i));
      }
      for (PairSet set : new PairSet[] {kept.days, kept.orders}) {
        if (set != null) { // by customer, ascending: the same aggregate always gives the same bytes
          out.writeInt(set.size());
          PairSet.Grouped g = set.grouped(a.size());
          for (int p = 0; p < a.size(); p++) {
            for (int k = g.offsets()[p]; k < g.offsets()[p + 1]; k++) {
              out.writeInt(p);
              if (set == kept.days) {
                out.writeInt((int) g.values()[k]);
              } else {
                out.writeLong(g.values()[k]);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return bytes.toByteArray();
  }

  static RfmAggregate fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (bytes.length < 11 || in.readInt() != MAGIC) {
        throw new SegmentException("bytes", "not an RfmAggregate: the bytes do not start with RFMA");
      }
      int version = in.readUnsignedByte();
      if (version != VERSION && version != 1) {
        throw new SegmentException("bytes", "RfmAggregate format version " + version + " is not supported (this "
            + "library reads version " + VERSION + ")");
      }
      int decimals = in.readUnsignedByte();
      if (decimals > 6) {
        throw new SegmentException("bytes", "corrupt RfmAggregate: " + decimals + " decimals");
      }
      boolean strings = in.readBoolean();
      int flags = version == 1 ? 0 : in.readUnsignedByte();
      if (flags > 3) {
        throw new SegmentException("bytes", "corrupt RfmAggregate: unknown flags " + flags);
      }
      EnumSet<Frequency> keep = EnumSet.of(Frequency.PURCHASES);
      if ((flags & 1) != 0) {
        keep.add(Frequency.PURCHASE_DAYS);
      }
      if ((flags & 2) != 0) {
        keep.add(Frequency.ORDERS);
      }
      int size = in.readInt();
      if (size < 0 || (long) size * (strings ? 30 : 36) > in.available()) {
        throw new SegmentException("bytes", "corrupt RfmAggregate: " + size + " customers in " + bytes.length
            + " bytes");
      }
      RfmAggregate a = RfmAggregate.empty(decimals, keep);
      for (int i = 0; i < size; i++) {
        String name = strings ? in.readUTF() : null;
        long id = strings ? 0 : in.readLong();
        int first = in.readInt();
        int last = in.readInt();
        int purchases = in.readInt();
        long amount = in.readLong();
        long refunds = in.readLong();
        boolean days = purchases > 0 ? first <= last : first == Integer.MAX_VALUE && last == Integer.MIN_VALUE;
        if (purchases < 0 || amount < 0 || refunds < 0 || !days) {
          throw new SegmentException("bytes", "corrupt RfmAggregate: customer " + i + " has inconsistent totals");
        }
        a.restore(id, name, first, last, purchases, amount, refunds);
      }
      if (a.size() != size) {
        throw new SegmentException("bytes", "corrupt RfmAggregate: duplicate customers");
      }
      for (int set = 0; set < 2; set++) {
        if ((flags & (1 << set)) != 0) {
          int pairs = in.readInt();
          if (pairs < 0 || (long) pairs * (set == 0 ? 8 : 12) > in.available()) {
            throw new SegmentException("bytes", "corrupt RfmAggregate: " + pairs + " kept pairs");
          }
          for (int k = 0; k < pairs; k++) {
            int position = in.readInt();
            long value = set == 0 ? in.readInt() : in.readLong();
            if (position < 0 || position >= size || !a.kept().restore(set == 0, position, value)) {
              throw new SegmentException("bytes", "corrupt RfmAggregate: kept pair " + k + " is out of range or "
                  + "repeated");
            }
          }
        }
      }
      String inconsistent = a.kept().inconsistency(a);
      if (inconsistent != null || in.available() != 0) {
        throw new SegmentException("bytes", "corrupt RfmAggregate: " + (inconsistent != null ? inconsistent
            : "trailing bytes"));
      }
      return a;
    } catch (IOException e) {
      throw new SegmentException("bytes", "corrupt RfmAggregate: " + e);
    }
  }
}
