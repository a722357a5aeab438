package org.recumbent.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.recumbent.spi.support.EvidenceModel;

/**
 * A prepared report through the full aggregator with every built-in plugin, beside the floor: the
 * same conditions' arithmetic as flat arrays ({@link FloorScorer}). The three methods run in the
 * same fork on the same reports, so their ratio is as fair as this machine allows.
 *
 * <p>Inputs rotate over {@value #REPORTS} generated reports, so neither the branch predictor nor
 * the caches learn one report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AssessBenchmark {

  /** How many reports each run rotates over; a power of two. */
  public static final int REPORTS = 4096;

  /** The reports and the aggregators, shared by every thread. */
  @State(Scope.Benchmark)
  public static class Data {
    /** How many findings each report names: 3, 15, or {@code all} (every feature answered). */
    @Param({"3", "15", "all"})
    public String findings;

    SymptomReport[] reports;
    byte[][] encoded;
    ConditionAggregator withQuestions;
    ConditionAggregator withoutQuestions;
    FloorScorer floor;

    /** Generate the reports and build the aggregators and the floor. */
    @Setup(Level.Trial)
    public void setUp() {
      withQuestions = Fixtures.defaultAggregator();
      withoutQuestions = Fixtures.aggregator(0);
      System.out.println("\n# " + Fixtures.describe(withQuestions));
      reports = new Reports(withQuestions.vocabulary(), 0x5EED_0007L).next(REPORTS, Reports.parseSize(findings));
      List<EvidenceModel> models = new ArrayList<>(Fixtures.evidenceModels().values());
      floor = new FloorScorer(models, new ArrayList<>(withQuestions.vocabulary().ids()));
      encoded = new byte[REPORTS][];
      for (int i = 0; i < REPORTS; i++) {
        encoded[i] = floor.encode(reports[i]);
      }
    }
  }

  /** Where each thread is in the rotation, and the floor's output buffer. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    double[] probabilities = new double[16];

    int advance() {
      return next++ & (REPORTS - 1);
    }
  }

  /**
   * Assess with the aggregator's defaults, which include ranking three next questions.
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the assessment, consumed by JMH; never {@code null}
   */
  @Benchmark
  public AggregatedAssessment assess(Data d, Cursor c) {
    return d.withQuestions.assess(d.reports[c.advance()]);
  }

  /**
   * Assess without ranking next questions ({@code nextQuestions(0)}).
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the assessment, consumed by JMH; never {@code null}
   */
  @Benchmark
  public AggregatedAssessment assessNoQuestions(Data d, Cursor c) {
    return d.withoutQuestions.assess(d.reports[c.advance()]);
  }

  /**
   * Score the same report with the flat-array floor.
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the probabilities, consumed by JMH; never {@code null}
   */
  @Benchmark
  public double[] floor(Data d, Cursor c) {
    d.floor.score(d.encoded[c.advance()], c.probabilities);
    return c.probabilities;
  }
}
