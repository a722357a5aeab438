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
 * How much of {@code assess}'s distance from the floor is branch prediction: the same
 * 15-finding benchmark as {@link AssessBenchmark#assessNoQuestions} and
 * {@link AssessBenchmark#floor}, rotating over {@value AssessBenchmark#REPORTS} reports that are
 * either all different ({@code distinct}) or copies of 64 reports ({@code repeats64}): as many
 * objects for the caches either way, but in {@code repeats64} the branch predictor can learn the
 * answers. The difference between the two is what mispredicted branches on the answers cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PredictabilityBenchmark {

  /** How many different reports {@code repeats64} copies. */
  static final int PATTERNS = 64;

  /** The reports and the aggregator. */
  @State(Scope.Benchmark)
  public static class Data {
    /** {@code distinct}: every report different; {@code repeats64}: copies of 64 reports. */
    @Param({"distinct", "repeats64"})
    public String inputs;

    SymptomReport[] reports;
    byte[][] encoded;
    ConditionAggregator aggregator;
    FloorScorer floor;

    /** Generate the reports (each copy a report of its own, built again) and the floor. */
    @Setup(Level.Trial)
    public void setUp() {
      aggregator = Fixtures.aggregator(0);
      int distinct = inputs.equals("distinct") ? AssessBenchmark.REPORTS : PATTERNS;
      SymptomReport[] made = new Reports(aggregator.vocabulary(), 0x5EED_0007L).next(distinct, 15);
      reports = new SymptomReport[AssessBenchmark.REPORTS];
      for (int i = 0; i < reports.length; i++) {
        reports[i] = made[i % distinct].toBuilder().build();
      }
      List<EvidenceModel> models = new ArrayList<>(Fixtures.evidenceModels().values());
      floor = new FloorScorer(models, new ArrayList<>(aggregator.vocabulary().ids()));
      encoded = new byte[reports.length][];
      for (int i = 0; i < reports.length; i++) {
        encoded[i] = floor.encode(reports[i]);
      }
    }
  }

  /**
   * Assess without next questions.
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the assessment, consumed by JMH; never {@code null}
   */
  @Benchmark
  public AggregatedAssessment assessNoQuestions(Data d, AssessBenchmark.Cursor c) {
    return d.aggregator.assess(d.reports[c.advance()]);
  }

  /**
   * Score with the flat-array floor.
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the probabilities, consumed by JMH; never {@code null}
   */
  @Benchmark
  public double[] floor(Data d, AssessBenchmark.Cursor c) {
    d.floor.score(d.encoded[c.advance()], c.probabilities);
    return c.probabilities;
  }
}
