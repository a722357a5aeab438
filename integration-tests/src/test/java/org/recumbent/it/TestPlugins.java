package org.recumbent.it;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
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
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/** Third-party plugins for the isolation and independence properties. */
final class TestPlugins {

  static final Source TEST = Source.expertEstimate("integration-test fixture");
  static final String UNRELATED_FEATURE = "unrelated.night_sweats";

  private TestPlugins() {}

  /**
   * A faulty plugin whose catalogue would matter if it leaked: an urgent condition, an ambulance
   * warning, and one piece of advice, tagged with heat and leg elevation (which arterial disease and
   * neuropathy forbid) when {@code forbiddenAdvice}, else with a harmless tag.
   */
  static ConditionPlugin faulty(String id, boolean forbiddenAdvice, Function<SymptomReport, Assessment> evaluate) {
    PluginDescriptor d = PluginDescriptor.builder(id)
        .displayName("Faulty " + id)
        .version("1.0")
        .condition(ConditionDescriptor.builder(id + ".x")
            .name("X").summary("A made-up condition.").icd10(Code.icd10("R52", "Pain, unspecified", "test"))
            .source(TEST).triageWhenLikely(Triage.EMERGENCY_AMBULANCE, TEST).build())
        .reliefStrategy(ReliefStrategy.builder(id + ".hot_pad")
            .text("Put a heating pad on your legs.")
            .forConditions(id + ".x")
            .tags(forbiddenAdvice ? new String[] {ReliefTags.HEAT, ReliefTags.LEG_ELEVATION}
                : new String[] {ReliefTags.SLEEP_HYGIENE})
            .source(TEST)
            .build())
        .warningSign(new WarningSign(id + ".w", Triage.EMERGENCY_AMBULANCE, "Call an ambulance.", "Anything.", TEST))
        .build();
    return new ConditionPlugin() {
      @Override
      public PluginDescriptor descriptor() {
        return d;
      }

      @Override
      public Assessment evaluate(SymptomReport report) {
        return evaluate.apply(report);
      }
    };
  }

  static ConditionPlugin throwing(boolean forbiddenAdvice) {
    return faulty("faulty-throws", forbiddenAdvice, r -> {
      throw new IllegalStateException("simulated bug in a third-party plugin");
    });
  }

  static ConditionPlugin probabilitySeven(boolean forbiddenAdvice) {
    return faulty("faulty-seven", forbiddenAdvice, r -> Assessment.of(
        List.of(new ConditionScore("faulty-seven.x", 7.0, List.of(), List.of())), List.of()));
  }

  static ConditionPlugin returnsNull(boolean forbiddenAdvice) {
    return faulty("faulty-null", forbiddenAdvice, r -> null);
  }

  /**
   * A well-behaved plugin about a feature nobody else reads; its condition stays below every
   * threshold unless its own feature is present.
   */
  static final class Unrelated extends RuleBasedPlugin {
    Unrelated(String adviceTag) {
      super(PluginDescriptor.builder("unrelated")
              .displayName("Unrelated (test)")
              .version("1.0")
              .feature(new Feature(UNRELATED_FEATURE, FeatureCategory.HISTORY, "Do you sweat at night?",
                  "Sweating at night."))
              .condition(ConditionDescriptor.builder("unrelated.sweats")
                  .name("Night sweats")
                  .summary("Sweating at night.")
                  .icd10(Code.icd10("R61", "Generalized hyperhidrosis", "test"))
                  .snomed(Code.snomedUnverified("42984000", "Night sweats"))
                  .source(TEST)
                  .triageWhenLikely(Triage.CONSULTATION, TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("unrelated.light_bedding")
                  .text("Use light bedding.")
                  .forConditions("unrelated.sweats")
                  .tags(adviceTag)
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("unrelated.fever", Triage.CONSULTATION_24,
                  "See a clinician within a day.", "Night sweats with a fever.", TEST))
              .build(),
          List.of(EvidenceModel.builder("unrelated.sweats")
              .prior(0.01, TEST)
              .criterion(UNRELATED_FEATURE, 40, 0.5, TEST)
              .build()),
          Map.of("unrelated.fever", Trigger.allOf(UNRELATED_FEATURE, "redflag.fever")));
    }
  }
}
