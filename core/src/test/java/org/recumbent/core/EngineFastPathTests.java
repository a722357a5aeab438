package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.spi.ConditionPlugin;

/**
 * The aggregator takes a plain rule-based plugin's scores straight into the differential, without
 * the plugin's assessment or its checks; the same plugins behind a wrapper (which is not
 * rule-based) go through {@code evaluate} and the checks. Both must give exactly the same
 * assessments, advice, advice to avoid and warnings included, also next to a plugin that fails.
 */
@DisplayName("The aggregator's shortcut for rule-based plugins")
class EngineFastPathTests {

  @Test
  @DisplayName("gives the same assessments as evaluating every plugin in full")
  void sameAsGeneralPath() {
    List<ConditionPlugin> plugins = PlainPlugins.all();
    ConditionPlugin faulty = PlainPlugins.failingOnBurning();
    ConditionAggregator.Builder fast = ConditionAggregator.builder().nextQuestions(0).thresholds(0.2, 0.05);
    ConditionAggregator.Builder general = ConditionAggregator.builder().nextQuestions(0).thresholds(0.2, 0.05);
    for (ConditionPlugin p : plugins) {
      fast.addPlugin(p);
      general.addPlugin(new PlainPlugins.Wrapped(p));
    }
    fast.addPlugin(faulty);
    general.addPlugin(faulty);
    ConditionAggregator a = fast.build();
    ConditionAggregator b = general.build();
    List<String> ids = new ArrayList<>(a.vocabulary().ids());
    Random random = new Random(11);
    FindingState[] states = FindingState.values();
    int withAvoid = 0;
    int withWarnings = 0;
    int withFailures = 0;
    for (int n = 0; n < 3000; n++) {
      SymptomReport.Builder r = SymptomReport.builder();
      if (random.nextInt(10) > 0) {
        r.age(10 + random.nextInt(90));
      }
      int findings = random.nextInt(20);
      for (int k = 0; k < findings; k++) {
        r.finding(ids.get(random.nextInt(ids.size())), states[random.nextInt(states.length)]);
      }
      SymptomReport report = r.build();
      AggregatedAssessment expected = b.assess(report);
      AggregatedAssessment actual = a.assess(report);
      assertEquals(expected, actual, report.toString());
      assertEquals(expected.watchFor(), actual.watchFor(), report.toString());
      assertEquals(expected.notes(), actual.notes(), report.toString());
      withAvoid += actual.avoid().isEmpty() ? 0 : 1;
      withWarnings += actual.warnings().isEmpty() ? 0 : 1;
      withFailures += actual.failedPlugins().isEmpty() ? 0 : 1;
    }
    // The reports reach the parts of the merge the shortcut feeds.
    assertTrue(withAvoid > 100, "reports with advice to avoid: " + withAvoid);
    assertTrue(withWarnings > 100, "reports with warnings: " + withWarnings);
    assertTrue(withFailures > 50, "reports with a failed plugin: " + withFailures);
  }
}
