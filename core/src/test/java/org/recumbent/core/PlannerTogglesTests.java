package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.internal.InterviewPlanner;
import org.recumbent.internal.PluginRegistry;
import org.recumbent.spi.ConditionPlugin;

/**
 * The interview planner scores a plain rule-based plugin's hypothetical answers incrementally (only
 * the criteria and triggers on the answered feature); the same plugins behind a wrapper (which is
 * not rule-based) are evaluated in full on each hypothetical report. Both must plan exactly the
 * same questions, in the same order, with the same stop decision.
 */
@DisplayName("The interview planner's incremental scoring of rule-based plugins")
class PlannerTogglesTests {

  @Test
  @DisplayName("plans the same questions and stop decisions as evaluating every plugin in full")
  void sameAsFullEvaluation() {
    List<ConditionPlugin> plugins = PlainPlugins.all();
    ConditionPlugin faulty = PlainPlugins.failingOnBurning();
    List<ConditionPlugin> plain = new ArrayList<>(plugins);
    List<ConditionPlugin> wrapped = new ArrayList<>();
    for (ConditionPlugin p : plugins) {
      wrapped.add(new PlainPlugins.Wrapped(p));
    }
    for (List<ConditionPlugin> list : List.of(plain, wrapped)) {
      list.add(new InterviewFakes.Handwritten());
      list.add(faulty);
    }
    PluginRegistry fastRegistry = PluginRegistry.of(plain, List.of());
    InterviewPlanner fast = new InterviewPlanner(fastRegistry, 0.2);
    InterviewPlanner full = new InterviewPlanner(PluginRegistry.of(wrapped, List.of()), 0.2);
    List<Feature> features = fastRegistry.vocabulary().features();
    Random random = new Random(23);
    FindingState[] states = FindingState.values();
    int ranked = 0;
    int decisive = 0;
    for (int n = 0; n < 3000; n++) {
      SymptomReport.Builder r = SymptomReport.builder();
      if (random.nextInt(10) > 0) {
        r.age(10 + random.nextInt(90));
      }
      r.sex(Sex.values()[random.nextInt(Sex.values().length)]);
      boolean screened = random.nextBoolean();
      for (Feature f : features) {
        if (screened && (f.isRedFlag() || f.category() == FeatureCategory.SIGN)) {
          r.absent(f.id());
        }
      }
      int findings = random.nextInt(15);
      for (int k = 0; k < findings; k++) {
        r.finding(features.get(random.nextInt(features.size())).id(), states[random.nextInt(states.length)]);
      }
      SymptomReport report = r.build();
      double answerRate = random.nextBoolean() ? 1.0 : 0.3;
      InterviewPlanner.Plan expected = full.plan(report, Set.of(), 6, answerRate);
      InterviewPlanner.Plan actual = fast.plan(report, Set.of(), 6, answerRate);
      assertEquals(expected, actual, report.toString());
      ranked += actual.candidates() > 0 ? 1 : 0;
      decisive += actual.decisive() && actual.candidates() > 0 ? 1 : 0;
    }
    // The reports reach the ranking, with both stop decisions.
    assertTrue(ranked > 1000, "reports ranked by score: " + ranked);
    assertTrue(decisive > 100 && decisive < ranked - 10, "ranked reports that go on: " + decisive + " of " + ranked);
  }
}
