package org.recumbent.conditions.vascular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

@DisplayName("Advice that arterial disease makes unsafe")
class ContraindicationTests {

  /**
   * A third-party plugin the vascular plugin has never heard of: it always finds its own condition
   * likely and offers heat, leg raising and a harmless stretch.
   */
  static final class HeatAndElevationPlugin implements ConditionPlugin {
    static final String CONDITION = "fake-relief.sore_legs";
    static final String HEAT = "fake-relief.hot_water_bottle";
    static final String RAISE = "fake-relief.legs_on_pillows";
    static final String STRETCH = "fake-relief.gentle_stretch";

    private final PluginDescriptor descriptor = PluginDescriptor.builder("fake-relief")
        .displayName("Fake relief plugin for tests")
        .condition(ConditionDescriptor.builder(CONDITION)
            .name("Sore legs (test)")
            .summary("A made-up condition that is always likely.")
            .icd10(Code.icd10("R52", "Pain, unspecified", "test fixture"))
            .source(Source.expertEstimate("test fixture"))
            .triageWhenLikely(Triage.SELF_CARE, Source.expertEstimate("test fixture"))
            .build())
        .reliefStrategy(ReliefStrategy.builder(HEAT).text("Put a hot water bottle on your feet.")
            .forConditions(CONDITION).tags(ReliefTags.HEAT).source(Source.expertEstimate("test fixture")).build())
        .reliefStrategy(ReliefStrategy.builder(RAISE).text("Rest your legs high on pillows.")
            .forConditions(CONDITION).tags(ReliefTags.LEG_ELEVATION).source(Source.expertEstimate("test fixture"))
            .build())
        .reliefStrategy(ReliefStrategy.builder(STRETCH).text("Stretch your calves gently.")
            .forConditions(CONDITION).tags(ReliefTags.STRETCHING).source(Source.expertEstimate("test fixture"))
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

  private static final ConditionAggregator WITH_FAKE = ConditionAggregator.builder()
      .addPlugin(new VascularConditionPlugin())
      .addPlugin(new HeatAndElevationPlugin())
      .build();

  private static final SymptomReport PAD_STORY = SymptomReport.builder().age(70)
      .present("timing.worse_lying_down", "quality.burning", "location.feet_toes", "timing.wakes_from_sleep",
          "relief.dangling_legs", "history.smoking")
      .build();

  private static final SymptomReport CVI_STORY = SymptomReport.builder().age(55)
      .present("quality.heavy", "timing.after_prolonged_standing", "sign.varicose_veins", "sign.ankle_swelling",
          "relief.elevating_legs")
      .build();

  private static final Map<String, String> PAD_REASONS = new VascularConditionPlugin().descriptor().conditions()
      .stream().filter(c -> c.id().equals("vascular.pad")).findFirst().orElseThrow().unsafeReliefTags();

  @Test
  @DisplayName("PAD declares leg elevation, heat and compression unsafe, each with a plain reason")
  void padDeclaresTheThreeTags() {
    assertEquals(List.of(ReliefTags.LEG_ELEVATION, ReliefTags.HEAT, ReliefTags.COMPRESSION),
        List.copyOf(PAD_REASONS.keySet()));
    PAD_REASONS.values().forEach(reason -> assertFalse(reason.isBlank()));
  }

  @Test
  @DisplayName("with PAD likely, no advice raises the legs, compresses or heats, from this plugin or another")
  void noUnsafeAdviceWithPad() {
    AggregatedAssessment a = WITH_FAKE.assess(PAD_STORY);
    assertTrue(a.condition("vascular.pad").orElseThrow().probability() >= 0.3, Stories.describe(a));
    List<String> given = a.advice().stream().map(x -> x.id()).toList();
    for (String unsafe : List.of(HeatAndElevationPlugin.HEAT, HeatAndElevationPlugin.RAISE,
        "vascular.raise_legs_above_heart", "vascular.compression_after_check")) {
      assertFalse(given.contains(unsafe), unsafe + " was advised: " + given);
    }
    assertTrue(given.contains(HeatAndElevationPlugin.STRETCH), "safe advice survives: " + given);
    assertTrue(given.contains("vascular.hang_feet_down"), given.toString());
    assertTrue(given.contains("vascular.head_of_bed_raised"), given.toString());
  }

  @Test
  @DisplayName("with PAD likely, each unsafe piece of advice appears in avoid with PAD's reason")
  void unsafeAdviceIsListedWithItsReason() {
    AggregatedAssessment a = WITH_FAKE.assess(PAD_STORY);
    assertAvoided(a, HeatAndElevationPlugin.HEAT, PAD_REASONS.get(ReliefTags.HEAT));
    assertAvoided(a, HeatAndElevationPlugin.RAISE, PAD_REASONS.get(ReliefTags.LEG_ELEVATION));
    assertAvoided(a, "vascular.raise_legs_above_heart", PAD_REASONS.get(ReliefTags.LEG_ELEVATION));
    assertAvoided(a, "vascular.compression_after_check", PAD_REASONS.get(ReliefTags.COMPRESSION));
    assertTrue(a.avoid().stream().noneMatch(x -> x.id().equals(HeatAndElevationPlugin.STRETCH)));
  }

  @Test
  @DisplayName("with CVI likely and PAD unlikely, raising the legs and compression after a check are advised")
  void venousAdviceWithoutPad() {
    AggregatedAssessment a = WITH_FAKE.assess(CVI_STORY);
    assertTrue(a.condition("vascular.pad").orElseThrow().probability() < 0.15, Stories.describe(a));
    List<String> given = a.advice().stream().map(x -> x.id()).toList();
    assertTrue(given.contains("vascular.raise_legs_above_heart"), given.toString());
    assertTrue(given.contains("vascular.compression_after_check"), given.toString());
    assertTrue(given.contains(HeatAndElevationPlugin.HEAT), given.toString());
    assertTrue(a.avoid().isEmpty(), a.avoid().toString());
  }

  @Test
  @DisplayName("the compression advice itself says to have the circulation checked first")
  void compressionTextNamesTheCheck() {
    ReliefStrategy compression = new VascularConditionPlugin().descriptor().reliefStrategies().stream()
        .filter(r -> r.id().equals("vascular.compression_after_check")).findFirst().orElseThrow();
    assertTrue(compression.text().contains("checked the blood flow"), compression.text());
    assertTrue(compression.tags().contains(ReliefTags.COMPRESSION));
  }

  private static void assertAvoided(AggregatedAssessment a, String id, String reason) {
    Optional<AvoidedAdvice> avoided = a.avoid().stream().filter(x -> x.id().equals(id)).findFirst();
    assertTrue(avoided.isPresent(), id + " missing from avoid: " + a.avoid());
    assertTrue(avoided.get().reason().contains(reason), avoided.get().reason());
    assertTrue(avoided.get().becauseOf().contains("vascular.pad"), avoided.get().becauseOf().toString());
  }
}
