package org.recumbent.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.WireFormat;

/**
 * The allocation guard: bytes allocated per assessment of a 15-finding report, measured with the
 * thread allocation counter after warm-up, against a budget. Bytes do not depend on machine
 * noise, so this runs in CI.
 *
 * <p>Two more budgets guard the JSON path around it: reading a report and writing an assessment.
 *
 * <p>The target is {@value #TARGET_BYTES} bytes. The current design allocates far more
 * (see BENCHMARKS.md for the measured figures and where the bytes go, and benchmarks/HISTORY.md
 * for the passes that lowered them), so each budget is the figure last measured plus a margin of
 * 5 to 10%: it catches a regression now, and each budget should be lowered as fixes land, until it
 * reaches the target.
 */
@DisplayName("The allocation guard")
class AllocationGuardTests {

  /** The target for one 15-finding assessment. */
  static final long TARGET_BYTES = 512;

  /**
   * Budget for {@code assess} with the default three next questions: measured 3,115 once a swollen
   * leg or a tender calf fires a warning of its own; 3,080 once a note
   * alone is a list made once; 3,092 once the
   * library's immutable lists took only the fields each kind needs (24 or 32 bytes, not 40); 3,152 with the
   * advice and avoid entries of one condition made once per engine; 3,260 after the
   * second assess pass of 2026-11-27 (lists of two findings are the JDK's list of two); 3,269 after the
   * incremental ranking of 2026-11-27 (hypothetical answers no longer build overlay reports), 3,764
   * with interview checklists before it (a question may list up to 8 items, its text built per
   * call), 3,273 after the assess pass of 2026-11-27; 2,627 after the clinical review of 2026-11-27, when
   * more warning signs fire and questions that could fire one (such as ankle swelling with pain in
   * one leg) replace a plugin's own (5,924 after the first performance pass,
   * 115,560 just before it, 145,158 against the core of 09:40).
   */
  static final long BUDGET_WITH_QUESTIONS = 2_880;

  /**
   * Budget for {@code assess} with {@code nextQuestions(0)}: measured 1,078 once a swollen leg or a
   * tender calf fires a warning of its own (more of the generated reports have warnings, each a
   * record and its place to sort by); 1,046 once a note alone is a
   * list made once; 1,058 once the library's
   * immutable lists took only the fields each kind needs (24 bytes for the first elements of an
   * array, 32 for positions in a table, instead of 40 for both); 1,118 with the advice and
   * avoid entries of one condition made once per engine; 1,226 after the second assess
   * pass of 2026-11-27 (the bit masks of the advice step add 40 bytes to the engine's working
   * object, the JDK's list of two saves about 50); 1,236 after the assess pass
   * of 2026-11-27 (3,904 after the first performance pass, 12,873 just before it, 21,604 against
   * the core of 09:40); 1,100 after the clinical review of 2026-11-27 (more warning signs fire, and
   * an assessment with nothing likely lists signs to watch for).
   */
  static final long BUDGET_WITHOUT_QUESTIONS = 1_160;

  /**
   * Budget for reading a 15-finding report from JSON bytes ({@code WireFormat.readReport}):
   * measured 1,354 since a report keeps its patient index and answer count (8 bytes); 1,346 once
   * findings were read by rank, with no map and no value strings (about 4,900 before, with a
   * TreeMap, a HashMap index and Jackson's duplicate check).
   */
  static final long BUDGET_READ = 1_500;

  /**
   * Budget for writing a 15-finding assessment without next questions to JSON bytes
   * ({@code WireFormat.writeAssessmentBytes}), the result array included (about 4 KB of it):
   * measured 4,357 with the per-thread buffer and probabilities written digit by digit (4,529 with
   * the buffer alone; about 12,900 before, with a new 8 KB buffer per call); 4,835 after the
   * plain-language rewrite of 2026-11-27, whose warning and watch-for texts say what to do and are
   * longer, so the document written is longer; 5,484 once an assessment with nothing likely lists
   * the warning signs of the conditions of concern to watch for (more to write).
   */
  static final long BUDGET_WRITE = 5_800;

  private static final int REPORTS = 4096;
  private static SymptomReport[] reports;
  private static byte[][] encoded;

  @BeforeAll
  static void generate() {
    reports = new Reports(Fixtures.defaultAggregator().vocabulary(), 0x5EED_0015L).next(REPORTS, 15);
    WireFormat wire = WireFormat.of(Fixtures.defaultAggregator().vocabulary());
    encoded = new byte[REPORTS][];
    for (int i = 0; i < REPORTS; i++) {
      encoded[i] = wire.writeReport(reports[i]).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("finds every built-in condition, so it measures the real work")
  void measuresEveryBuiltInCondition() {
    assertEquals(List.of(), Fixtures.missingConditions(Fixtures.defaultAggregator()));
  }

  @Test
  @DisplayName("keeps a 15-finding assessment without next questions within its budget")
  void assessWithoutQuestions() {
    check("nextQuestions(0)", Fixtures.aggregator(0), 48, 24, BUDGET_WITHOUT_QUESTIONS);
  }

  @Test
  @DisplayName("keeps a 15-finding assessment with the default next questions within its budget")
  void assessWithQuestions() {
    check("default, 3 next questions", Fixtures.defaultAggregator(), 3, 2, BUDGET_WITH_QUESTIONS);
  }

  @Test
  @DisplayName("keeps reading a 15-finding report from JSON bytes within its budget")
  void readReport() {
    WireFormat wire = WireFormat.of(Fixtures.defaultAggregator().vocabulary());
    measure("read a report", i -> wire.readReport(encoded[i & (REPORTS - 1)]), 8, 4, BUDGET_READ, "report");
  }

  @Test
  @DisplayName("keeps writing a 15-finding assessment to JSON bytes within its budget")
  void writeAssessment() {
    ConditionAggregator aggregator = Fixtures.aggregator(0);
    WireFormat wire = WireFormat.of(aggregator.vocabulary());
    AggregatedAssessment[] assessed = new AggregatedAssessment[REPORTS];
    for (int i = 0; i < REPORTS; i++) {
      assessed[i] = aggregator.assess(reports[i]);
    }
    measure("write an assessment", i -> wire.writeAssessmentBytes(assessed[i & (REPORTS - 1)]), 8, 4, BUDGET_WRITE,
        "assessment written");
  }

  private static void measure(String label, java.util.function.IntFunction<?> operation, int warmupRounds, int rounds,
      long budget, String unit) {
    double bytes = AllocationProbe.bytesPerCall(operation, warmupRounds * REPORTS, rounds * REPORTS);
    System.out.printf("allocation guard (%s): %.0f bytes per %s (budget %d)%n", label, bytes, unit, budget);
    assertTrue(bytes <= budget, () -> String.format("%.0f bytes per %s exceeds the budget of %d bytes", bytes, unit, budget));
  }

  /**
   * Measure over whole rotations of the reports, so every run measures exactly the same inputs
   * (a few reports take the expensive path of the question ranker, and must always count).
   */
  private static void check(String label, ConditionAggregator aggregator, int warmupRounds, int rounds, long budget) {
    double bytes = AllocationProbe.bytesPerCall(i -> aggregator.assess(reports[i & (REPORTS - 1)]),
        warmupRounds * REPORTS, rounds * REPORTS);
    System.out.printf("allocation guard (%s): %.0f bytes per assessment (budget %d, target %d)%n", label, bytes, budget, TARGET_BYTES);
    assertTrue(bytes <= budget, () -> String.format(
        "%.0f bytes per assessment exceeds the budget of %d bytes (the issue's target is %d)", bytes, budget, TARGET_BYTES));
  }
}
