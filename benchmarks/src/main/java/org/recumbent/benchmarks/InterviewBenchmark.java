package org.recumbent.benchmarks;

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
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.Question;
import org.recumbent.core.SymptomReport;

/**
 * Choosing the next question for a report with three answers, through the aggregator's
 * {@code nextQuestions}: red flags first, then the unanswered feature whose answer would move
 * the differential most.
 *
 * <p>Three kinds of report: red flags still unasked (the ranker returns the first red flag at
 * once); red flags all screened "no" (the ranker returns the first group of warning signs); and
 * red flags and warning signs all screened "no" ({@code ranked}: the ranker scores every
 * unanswered feature, present and absent, which is the cost of ranking). {@link #assessOnly} is the same assessment without questions, so
 * the difference is the cost of the choice itself.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InterviewBenchmark {

  /** How many reports each run rotates over; a power of two. */
  public static final int REPORTS = 1024;

  /** The three-answer reports and the aggregators. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Whether the red flags are still unasked, all answered "no", or answered "no" with every warning sign. */
    @Param({"unasked", "screened", "ranked"})
    public String redFlags;

    SymptomReport[] reports;
    ConditionAggregator oneQuestion;
    ConditionAggregator noQuestions;

    /** Generate the reports and build the aggregators. */
    @Setup(Level.Trial)
    public void setUp() {
      oneQuestion = Fixtures.aggregator(1);
      noQuestions = Fixtures.aggregator(0);
      System.out.println("\n# " + Fixtures.describe(oneQuestion));
      Reports gen = new Reports(oneQuestion.vocabulary(), 0x5EED_0003L);
      reports = new SymptomReport[REPORTS];
      for (int i = 0; i < REPORTS; i++) {
        reports[i] = gen.interview(3, !"unasked".equals(redFlags), "ranked".equals(redFlags));
      }
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
   * Assess and choose the single best next question.
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the question, consumed by JMH; never {@code null}
   */
  @Benchmark
  public Question nextQuestion(Data d, Cursor c) {
    return d.oneQuestion.assess(d.reports[c.advance()]).nextQuestions().get(0);
  }

  /**
   * Assess the same report without choosing a question: the baseline to subtract.
   *
   * @param d the reports; never {@code null}
   * @param c the rotation; never {@code null}
   * @return the assessment's triage, consumed by JMH; never {@code null}
   */
  @Benchmark
  public Object assessOnly(Data d, Cursor c) {
    return d.noQuestions.assess(d.reports[c.advance()]);
  }
}
