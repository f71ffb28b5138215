package dev.ecomkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a demo section's input: the file named by the section's first argument, or else its bundled sample (a
 * class-path resource beside the demo classes; {@code .gz} samples decompressed).
 *
 * <p>Stateless and thread-safe.
 */
final class SampleFiles {

  private SampleFiles() {}

  /** The name to print for the input. */
  static String name(String[] args, String sample) {
    return args.length > 0 ? args[0] : sample + " (bundled)";
  }

  /** A reader of the input, UTF-8. */
  static Reader open(String[] args, String sample) throws IOException {
    if (args.length > 0) {
      return Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
    }
    InputStream in = SampleFiles.class.getResourceAsStream(sample);
    if (in == null) {
      throw new IllegalStateException("bundled " + sample + " is missing from the classpath");
    }
    return new InputStreamReader(sample.endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
  }
}
