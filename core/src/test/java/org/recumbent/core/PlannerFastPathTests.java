package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.spi.ConditionPlugin;

/**
 * The interview planner scores plain rule-based plugins without building their assessments; the
 * same plugins behind a wrapper (which is not rule-based) take the general path. Both must plan
 * exactly the same questions and give exactly the same assessments.
 */
@DisplayName("The planner's shortcut for rule-based plugins")
class PlannerFastPathTests {

  @Test
  @DisplayName("gives the same questions and assessments as evaluating every plugin in full")
  void sameAsGeneralPath() {
    List<ConditionPlugin> plugins = List.of(new InterviewFakes.Vascular(), new InterviewFakes.Neuro(),
        new InterviewFakes.Musculoskeletal(), new InterviewFakes.Skin());
    ConditionAggregator.Builder fast = ConditionAggregator.builder().nextQuestions(6);
    ConditionAggregator.Builder general = ConditionAggregator.builder().nextQuestions(6);
    for (ConditionPlugin p : plugins) {
      fast.addPlugin(p);
      general.addPlugin(new PlainPlugins.Wrapped(p));
    }
    ConditionAggregator a = fast.build();
    ConditionAggregator b = general.build();
    List<String> ids = new ArrayList<>(a.vocabulary().ids());
    Random random = new Random(7);
    FindingState[] states = FindingState.values();
    for (int n = 0; n < 400; n++) {
      SymptomReport.Builder r = SymptomReport.builder();
      if (random.nextInt(10) > 0) {
        r.age(18 + random.nextInt(80));
      }
      int findings = random.nextInt(12);
      for (int k = 0; k < findings; k++) {
        String id = ids.get(random.nextInt(ids.size()));
        // Red flags mostly answered "no", so the planner scores the other features.
        r.finding(id, id.startsWith("redflag.") ? FindingState.ABSENT : states[random.nextInt(states.length)]);
      }
      for (String id : InterviewFakes.RED_FLAGS) {
        if (random.nextInt(4) > 0) {
          r.absent(id);
        }
      }
      SymptomReport report = r.build();
      assertEquals(b.assess(report), a.assess(report), report.toString());
      assertEquals(b.assess(report).nextQuestions(), a.assess(report).nextQuestions(), report.toString());
    }
  }
}
