package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.Feature;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;

/** Shared fixtures: an aggregator with only the neuro plugin, story assertions, random reports. */
final class Stories {

  static final String RLS = NeuroConditionPlugin.RLS;
  static final String NEUROPATHY = NeuroConditionPlugin.NEUROPATHY;

  static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder()
      .addPlugin(new NeuroConditionPlugin())
      .nextQuestions(0)
      .build();

  private Stories() {}

  static AggregatedAssessment assess(SymptomReport report) {
    return AGGREGATOR.assess(report).requireComplete();
  }

  static double probability(AggregatedAssessment a, String conditionId) {
    return a.condition(conditionId).orElseThrow().probability();
  }

  static double probability(SymptomReport report, String conditionId) {
    return probability(assess(report), conditionId);
  }

  static String describe(AggregatedAssessment a) {
    return a.differential().stream()
        .map(c -> c.condition() + "=" + c.probability())
        .collect(Collectors.joining(", "));
  }

  /** Assert the condition ranks first with at least the given probability. */
  static AggregatedAssessment assertFirst(SymptomReport report, String conditionId, double atLeast) {
    AggregatedAssessment a = assess(report);
    assertEquals(conditionId, a.topCondition().orElseThrow().condition(), () -> describe(a));
    assertTrue(probability(a, conditionId) >= atLeast,
        () -> conditionId + " should be at least " + atLeast + ": " + describe(a));
    return a;
  }

  /** Assert the condition stays below the given probability. */
  static AggregatedAssessment assertBelow(SymptomReport report, String conditionId, double below) {
    AggregatedAssessment a = assess(report);
    assertTrue(probability(a, conditionId) < below,
        () -> conditionId + " should stay below " + below + ": " + describe(a));
    return a;
  }

  static List<String> adviceIds(AggregatedAssessment a) {
    return a.advice().stream().map(x -> x.id()).toList();
  }

  static List<String> avoidIds(AggregatedAssessment a) {
    return a.avoid().stream().map(x -> x.id()).toList();
  }

  /**
   * Return a random report over the whole standard vocabulary: each feature present, absent or
   * unknown, with a random adult age and any sex. Seeded, so a failure is reproducible.
   */
  static SymptomReport randomReport(Random random) {
    SymptomReport.Builder b = SymptomReport.builder();
    if (random.nextBoolean()) {
      b.age(18 + random.nextInt(83));
    }
    b.sex(Sex.values()[random.nextInt(Sex.values().length)]);
    for (Feature f : Vocabulary.standard().features()) {
      int r = random.nextInt(3);
      if (r == 0) {
        b.finding(f.id(), FindingState.PRESENT);
      } else if (r == 1) {
        b.finding(f.id(), FindingState.ABSENT);
      }
    }
    return b.build();
  }
}
