package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;

@DisplayName("Heat advice and neuropathy")
class ContraindicationTests {

  /** A small plugin from another family whose one condition is always likely and whose advice is heat. */
  static final class SoreMusclesPlugin implements ConditionPlugin {
    static final String CONDITION = "fakeheat.sore_muscles";
    static final String HEAT_ADVICE = "fakeheat.hot_water_bottle";

    private final PluginDescriptor descriptor = PluginDescriptor.builder("fakeheat")
        .displayName("Sore muscles (test plugin)")
        .condition(ConditionDescriptor.builder(CONDITION)
            .name("Sore muscles")
            .summary("Muscles that ache after work.")
            .icd10(Code.icd10("M79.10", "Myalgia, unspecified site", "test fixture"))
            .source(Source.expertEstimate("test fixture"))
            .triageWhenLikely(Triage.SELF_CARE, Source.expertEstimate("test fixture"))
            .build())
        .reliefStrategy(ReliefStrategy.builder(HEAT_ADVICE)
            .text("Put a hot water bottle on your legs.")
            .forConditions(CONDITION)
            .tags(ReliefTags.HEAT)
            .source(Source.expertEstimate("test fixture"))
            .build())
        .build();

    @Override
    public PluginDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Assessment evaluate(SymptomReport report) {
      return Assessment.of(List.of(new ConditionScore(CONDITION, 0.9, List.of(), List.of())), List.of());
    }
  }

  private static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder()
      .addPlugin(new NeuroConditionPlugin())
      .addPlugin(new SoreMusclesPlugin())
      .nextQuestions(0)
      .build();

  @Test
  @DisplayName("with neuropathy likely, another plugin's heat advice is not given and is listed under avoid with the reason")
  void heatIsAvoidedWithNeuropathy() {
    AggregatedAssessment a = AGGREGATOR.assess(SymptomReport.builder().age(66)
        .present("history.diabetes", "quality.burning", "quality.numbness", "location.stocking_distribution")
        .build()).requireComplete();
    assertTrue(a.condition(Stories.NEUROPATHY).orElseThrow().probability() >= 0.3);

    assertFalse(a.advice().stream().anyMatch(x -> x.id().equals(SoreMusclesPlugin.HEAT_ADVICE)), () -> a.advice().toString());
    AvoidedAdvice avoided = a.avoid().stream().filter(x -> x.id().equals(SoreMusclesPlugin.HEAT_ADVICE))
        .findFirst().orElseThrow(() -> new AssertionError("heat advice not in avoid: " + a.avoid()));
    assertEquals(NeuropathyModel.HEAT_REASON, avoided.reason());
    assertTrue(avoided.becauseOf().contains(Stories.NEUROPATHY));
    // Foot care, which neuropathy needs, is still given.
    assertTrue(Stories.adviceIds(a).contains(NeuroRelief.FOOT_CHECK.id()));
  }

  @Test
  @DisplayName("with restless legs and neuropathy both likely, the warm-bath advice for restless legs is avoided too")
  void ownWarmBathIsAvoidedWithNeuropathy() {
    AggregatedAssessment a = Stories.assess(SymptomReport.builder().age(60)
        .present("history.diabetes", "quality.urge_to_move", "timing.worse_evening_night", "relief.walking_moving",
            "quality.numbness", "location.stocking_distribution", "quality.burning")
        .build());
    assertTrue(a.condition(Stories.RLS).orElseThrow().probability() >= 0.3, () -> Stories.describe(a));
    assertFalse(Stories.adviceIds(a).contains(NeuroRelief.RLS_WARM_BATH.id()));
    assertTrue(Stories.avoidIds(a).contains(NeuroRelief.RLS_WARM_BATH.id()));
    assertTrue(Stories.adviceIds(a).contains(NeuroRelief.RLS_WALK_STRETCH.id()));
  }

  @Test
  @DisplayName("without signs of neuropathy, heat advice is given as usual")
  void heatIsGivenWithoutNeuropathy() {
    AggregatedAssessment a = AGGREGATOR.assess(SymptomReport.builder()
        .present("quality.urge_to_move", "quality.crawling_pulling_itching", "relief.walking_moving")
        .absent("quality.numbness", "quality.tingling_pins_needles", "quality.burning", "history.diabetes")
        .build()).requireComplete();
    assertTrue(a.condition(Stories.NEUROPATHY).orElseThrow().probability() < 0.15, () -> Stories.describe(a));
    assertTrue(Stories.adviceIds(a).contains(SoreMusclesPlugin.HEAT_ADVICE));
    assertTrue(Stories.adviceIds(a).contains(NeuroRelief.RLS_WARM_BATH.id()));
    assertTrue(a.avoid().isEmpty(), () -> a.avoid().toString());
  }
}
