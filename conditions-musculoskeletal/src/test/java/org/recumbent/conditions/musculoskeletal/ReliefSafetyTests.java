package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.musculoskeletal.Stories.CRAMPS;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.FindingState;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;

@DisplayName("Relief safety across plugins")
class ReliefSafetyTests {

  /** A stand-in for a plugin whose likely condition makes heat unsafe, as arterial disease does. */
  static final class HeatSensitivePlugin implements ConditionPlugin {
    private static final String REASON = "A foot with poor blood flow can burn without you feeling it.";
    private final PluginDescriptor descriptor = PluginDescriptor.builder("heatsensitive")
        .displayName("Heat-sensitive test condition")
        .version("1")
        .condition(ConditionDescriptor.builder("heatsensitive.poor_flow")
            .name("Poor blood flow")
            .summary("A test condition that makes heat unsafe.")
            .icd10(Code.icd10("I70.223", "Atherosclerosis of native arteries with rest pain, bilateral", "test"))
            .source(Source.expertEstimate("test fixture"))
            .triageWhenLikely(Triage.CONSULTATION, Source.expertEstimate("test fixture"))
            .unsafeRelief(ReliefTags.HEAT, REASON)
            .build())
        .build();

    @Override
    public PluginDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Assessment evaluate(SymptomReport report) {
      double p = report.isPresent("relief.dangling_legs") ? 0.8 : 0.01;
      return Assessment.of(List.of(new ConditionScore("heatsensitive.poor_flow", p, List.of(), List.of())), List.of());
    }
  }

  private static final ConditionAggregator BOTH = ConditionAggregator.builder()
      .addPlugin(new MusculoskeletalConditionPlugin())
      .addPlugin(new HeatSensitivePlugin())
      .nextQuestions(0)
      .build();

  private static final SymptomReport CRAMP_STORY = SymptomReport.builder().age(70)
      .present("quality.muscle_tightening", "location.calf", "relief.stretching_muscle").build();

  @Test
  @DisplayName("with cramps alone, the warm bath is advised")
  void warmthAdvisedForCramps() {
    AggregatedAssessment a = BOTH.assess(CRAMP_STORY);
    assertTrue(a.condition(CRAMPS).orElseThrow().probability() >= 0.6);
    assertTrue(a.advice().stream().anyMatch(x -> x.id().equals("musculoskeletal.warm_bath_or_heat")));
  }

  @Test
  @DisplayName("when a condition that forbids heat is likely, the warm bath moves to 'avoid' with its reason")
  void warmthAvoidedWhenHeatIsUnsafe() {
    AggregatedAssessment a = BOTH.assess(CRAMP_STORY.with("relief.dangling_legs", FindingState.PRESENT));
    assertFalse(a.advice().stream().anyMatch(x -> x.id().equals("musculoskeletal.warm_bath_or_heat")),
        a.advice()::toString);
    AvoidedAdvice avoided = a.avoid().stream().filter(x -> x.id().equals("musculoskeletal.warm_bath_or_heat"))
        .findFirst().orElseThrow();
    assertTrue(avoided.reason().contains("burn"), avoided::reason);
    assertTrue(a.advice().stream().anyMatch(x -> x.id().equals("musculoskeletal.stretch_the_cramp")),
        "advice without heat is still given");
  }
}
