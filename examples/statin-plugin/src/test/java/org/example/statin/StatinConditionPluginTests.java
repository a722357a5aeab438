package org.example.statin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Warning;

@DisplayName("The statin example plugin")
class StatinConditionPluginTests {

  private final ConditionAggregator aggregator =
      ConditionAggregator.builder().addPlugin(new StatinConditionPlugin()).build();

  private double probability(AggregatedAssessment a) {
    return a.condition(StatinConditionPlugin.SAMS).map(RankedCondition::probability).orElseThrow();
  }

  @Test
  @DisplayName("makes statin muscle aches likely for symmetrical aching after a dose rise, and advises talking to the prescriber")
  void typicalStory() {
    AggregatedAssessment a = aggregator.assess(SymptomReport.builder().age(62)
        .present(StatinConditionPlugin.CURRENT_STATIN, StatinConditionPlugin.RECENT_DOSE_CHANGE,
            "quality.aching_dull", "location.both_legs_symmetric", "location.thigh")
        .build());
    assertTrue(probability(a) >= aggregator.likelyThreshold(), "probability " + probability(a));
    assertEquals(Triage.CONSULTATION, a.triage());
    assertTrue(a.advice().stream().anyMatch(adv -> adv.id().equals("statin.talk_to_prescriber")
        && adv.text().startsWith("Do not stop your statin")));
    assertTrue(a.watchFor().stream().anyMatch(w -> w.id().equals(StatinConditionPlugin.RHABDOMYOLYSIS)));
  }

  @Test
  @DisplayName("keeps the condition unlikely when the person takes no statin")
  void noStatin() {
    AggregatedAssessment a = aggregator.assess(SymptomReport.builder()
        .absent(StatinConditionPlugin.CURRENT_STATIN)
        .present("quality.aching_dull", "location.both_legs_symmetric", "location.thigh")
        .build());
    assertTrue(probability(a) <= 0.02, "probability " + probability(a));
    assertTrue(a.advice().isEmpty());
  }

  @Test
  @DisplayName("sends dark urine with severe weakness to the emergency department, naming both findings")
  void rhabdomyolysis() {
    AggregatedAssessment a = aggregator.assess(SymptomReport.builder()
        .present(StatinConditionPlugin.DARK_URINE, StatinConditionPlugin.SEVERE_WEAKNESS).build());
    assertEquals(Triage.EMERGENCY, a.triage());
    Warning w = a.warnings().get(0);
    assertEquals(StatinConditionPlugin.RHABDOMYOLYSIS, w.id());
    assertEquals(java.util.List.of(StatinConditionPlugin.DARK_URINE, StatinConditionPlugin.SEVERE_WEAKNESS),
        w.triggeredBy().stream().sorted().toList());
  }

  @Test
  @DisplayName("does not fire the emergency warning on dark urine alone")
  void darkUrineAlone() {
    AggregatedAssessment a = aggregator.assess(SymptomReport.builder()
        .present(StatinConditionPlugin.DARK_URINE).build());
    assertFalse(a.warnings().stream().anyMatch(w -> w.id().equals(StatinConditionPlugin.RHABDOMYOLYSIS)));
  }

  @Test
  @DisplayName("is found by ServiceLoader discovery, like the built-in plugins")
  void discoverable() {
    ConditionAggregator discovered = ConditionAggregator.builder().discoverPlugins().build();
    assertTrue(discovered.plugins().stream().anyMatch(d -> d.id().equals(StatinConditionPlugin.ID)),
        "discovered " + discovered.plugins());
    assertTrue(discovered.vocabulary().contains(StatinConditionPlugin.DARK_URINE));
  }
}
