package org.recumbent.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.json.WireFormat;

/** Runs the program in-process with captured streams, and knows where the sample reports are. */
final class Cli {

  /** The sample reports folder (tests run in the examples module folder). */
  static final Path REPORTS = Path.of("reports");

  /** The valid sample reports, in the order of stories.jsonl. */
  static final List<String> STORIES = List.of("pad", "cvi", "rls", "neuropathy", "cramps", "arthritis",
      "sciatica", "acute-limb-ischaemia", "statin");

  /** The aggregator the program builds, for computing expected output independently. */
  static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder().discoverPlugins().build();
  /** The wire format for it. */
  static final WireFormat WIRE = WireFormat.of(AGGREGATOR.vocabulary());
  /** The aggregator {@code batch} uses by default: no next questions. */
  static final ConditionAggregator BATCH_AGGREGATOR =
      ConditionAggregator.builder().discoverPlugins().nextQuestions(0).build();

  private Cli() {}

  /** One run: the exit code and what was printed. */
  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return lines(out);
    }

    List<String> errLines() {
      return lines(err);
    }
  }

  static List<String> lines(String s) {
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> l = new ArrayList<>(List.of(s.split("\\R", -1)));
    if (l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    return l;
  }

  static Run run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Recumbent.run(args, stdin, out, err);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Run with standard output going to the given stream; {@link Run#out()} is empty. */
  static Run runTo(OutputStream stdout, InputStream stdin, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Recumbent.run(args, stdin, stdout, err);
    return new Run(exit, "", err.toString(StandardCharsets.UTF_8));
  }

  /** Return a stream of the bytes that gives at most one byte on each read, as a slow pipe may. */
  static InputStream oneByteAtATime(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  static Path report(String name) {
    return REPORTS.resolve(name + ".json");
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String storiesJsonl() {
    return read(REPORTS.resolve("stories.jsonl"));
  }

  /** The expected JSON for one sample report, computed without the program. */
  static String expectedAssessment(String story) {
    return WIRE.writeAssessment(AGGREGATOR.assess(WIRE.readReport(read(report(story)))));
  }

  /** The expected JSON for one sample report from {@code batch} without options (no next questions). */
  static String expectedBatchAssessment(String story) {
    return WIRE.writeAssessment(BATCH_AGGREGATOR.assess(WIRE.readReport(read(report(story)))));
  }
}
