package org.recumbent.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.recumbent.core.Vocabulary;
import org.recumbent.json.WireFormat;

/**
 * Writes generated reports as JSON Lines (one compact wire-format report per line), for the
 * batch throughput measurement. Deterministic: the same seed writes the same file.
 *
 * <p>Usage: {@code BatchGenerator <out.jsonl> [count=100000] [seed=7]}. Each report names from
 * 3 to 20 findings of the standard vocabulary.
 */
public final class BatchGenerator {

  private BatchGenerator() {}

  /**
   * Write the file.
   *
   * @param args the output path, then optionally the count and the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BatchGenerator <out.jsonl> [count=100000] [seed=7]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    Vocabulary vocabulary = Vocabulary.standard();
    WireFormat wire = WireFormat.of(vocabulary);
    Reports reports = new Reports(vocabulary, seed);
    SplittableRandom sizes = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        w.write(wire.writeReport(reports.next(3 + sizes.nextInt(18))));
        w.newLine();
      }
    }
    System.out.println("wrote " + count + " reports to " + out + " (" + Files.size(out) + " bytes)");
  }
}
