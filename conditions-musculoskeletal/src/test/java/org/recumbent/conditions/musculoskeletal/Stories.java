package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;

/** Shared fixtures: an aggregator with only this plugin, and story assertions. */
final class Stories {

  static final String CRAMPS = "musculoskeletal.cramps";
  static final String ARTHRITIS = "musculoskeletal.arthritis";
  static final String SCIATICA = "musculoskeletal.sciatica";

  static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder()
      .addPlugin(new MusculoskeletalConditionPlugin())
      .nextQuestions(0)
      .build();

  private Stories() {}

  static AggregatedAssessment assess(SymptomReport report) {
    return AGGREGATOR.assess(report).requireComplete();
  }

  static double probability(AggregatedAssessment a, String conditionId) {
    return a.condition(conditionId).orElseThrow().probability();
  }

  static String describe(AggregatedAssessment a) {
    return a.differential().stream()
        .sorted(Comparator.comparingDouble(RankedCondition::probability).reversed())
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
  static void assertBelow(AggregatedAssessment a, String conditionId, double below) {
    assertTrue(probability(a, conditionId) < below,
        () -> conditionId + " should stay below " + below + ": " + describe(a));
  }

  static List<String> adviceIds(AggregatedAssessment a) {
    return a.advice().stream().map(x -> x.id()).toList();
  }
}
