package org.recumbent.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.WireFormat;

/**
 * JSON end to end, as a service pays it: parse a report from bytes, assess it, write the
 * assessment to bytes. Beside it, the floor a JSON service pays anyway: Jackson alone parsing the
 * same report bytes into a tree and writing a tree of the same size as the assessment (the
 * assessment's own JSON, read back into a tree during setup).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {

  /** How many reports each run rotates over; a power of two. */
  public static final int REPORTS = 4096;

  /** The report bytes, the equally large assessment trees, and the formats. */
  @State(Scope.Benchmark)
  public static class Data {
    /** How many findings each report names. */
    @Param({"15"})
    public String findings;

    byte[][] reports;
    JsonNode[] assessments;
    AggregatedAssessment[] assessed;
    ConditionAggregator withQuestions;
    ConditionAggregator withoutQuestions;
    WireFormat wire;
    ObjectMapper jackson;

    /** Generate the reports as bytes and the equally large trees the Jackson floor writes. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      withQuestions = Fixtures.defaultAggregator();
      withoutQuestions = Fixtures.aggregator(0);
      System.out.println("\n# " + Fixtures.describe(withQuestions));
      wire = WireFormat.of(withQuestions.vocabulary());
      jackson = new ObjectMapper();
      SymptomReport[] generated = new Reports(withQuestions.vocabulary(), 0x5EED_0015L)
          .next(REPORTS, Reports.parseSize(findings));
      reports = new byte[REPORTS][];
      assessments = new JsonNode[REPORTS];
      assessed = new AggregatedAssessment[REPORTS];
      long reportBytes = 0;
      long assessmentBytes = 0;
      for (int i = 0; i < REPORTS; i++) {
        reports[i] = wire.writeReport(generated[i]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = wire.writeAssessmentBytes(withQuestions.assess(generated[i]));
        assessments[i] = jackson.readTree(out);
        reportBytes += reports[i].length;
        assessmentBytes += out.length;
        assessed[i] = withoutQuestions.assess(generated[i]);
      }
      System.out.printf("# mean report %d bytes, mean assessment %d bytes%n",
          reportBytes / REPORTS, assessmentBytes / REPORTS);
    }
  }

  /** Where each thread is in the rotation. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int advance() {
      return next++ & (REPORTS - 1);
    }
  }

  /**
   * Bytes in, assessment (with the default three next questions) out.
   *
   * @param d the inputs; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the assessment bytes, consumed by JMH; never {@code null}
   */
  @Benchmark
  public byte[] endToEnd(Data d, Cursor c) {
    return d.wire.writeAssessmentBytes(d.withQuestions.assess(d.wire.readReport(d.reports[c.advance()])));
  }

  /**
   * Bytes in, assessment without next questions out.
   *
   * @param d the inputs; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the assessment bytes, consumed by JMH; never {@code null}
   */
  @Benchmark
  public byte[] endToEndNoQuestions(Data d, Cursor c) {
    return d.wire.writeAssessmentBytes(d.withoutQuestions.assess(d.wire.readReport(d.reports[c.advance()])));
  }

  /**
   * Reading alone: report bytes into a {@code SymptomReport}.
   *
   * @param d the prepared reports
   * @param c this thread's place in the rotation
   * @return the report
   */
  @Benchmark
  public SymptomReport readReport(Data d, Cursor c) {
    return d.wire.readReport(d.reports[c.advance()]);
  }

  /**
   * Writing alone: a prepared assessment (no next questions) into bytes.
   *
   * @param d the prepared assessments
   * @param c this thread's place in the rotation
   * @return the bytes
   */
  @Benchmark
  public byte[] writeAssessmentBytes(Data d, Cursor c) {
    return d.wire.writeAssessmentBytes(d.assessed[c.advance()]);
  }

  /**
   * Jackson alone: the same report bytes into a tree, and a tree as large as the assessment out.
   *
   * @param d the inputs; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the written bytes, consumed by JMH; never {@code null}
   */
  @Benchmark
  public byte[] jacksonAlone(Data d, Cursor c) {
    int i = c.advance();
    try {
      JsonNode in = d.jackson.readTree(d.reports[i]);
      return in.isObject() ? d.jackson.writeValueAsBytes(d.assessments[i]) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
