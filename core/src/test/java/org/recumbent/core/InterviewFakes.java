package org.recumbent.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/**
 * Fake plugins for the interview tests, shaped like the real condition families (the real plugins
 * live in their own modules): every standard red flag is read by one of them.
 */
final class InterviewFakes {

  static final Source TEST = Source.expertEstimate("interview test fixture");

  private InterviewFakes() {}

  static ConditionDescriptor condition(String id, Triage triage) {
    return ConditionDescriptor.builder(id).name("Condition " + id).summary("A test condition.")
        .icd10(Code.icd10("R52", "Pain, unspecified", "test")).source(TEST).triageWhenLikely(triage, TEST).build();
  }

  static ReliefStrategy relief(String id, String condition) {
    return ReliefStrategy.builder(id).text("Rest.").forConditions(condition).source(TEST).build();
  }

  static WarningSign warning(String id, Triage triage) {
    return new WarningSign(id, triage, "Get help.", "Watch for this.", TEST);
  }

  /** Arterial and venous disease, with limb and clot red flags. */
  static final class Vascular extends RuleBasedPlugin {
    Vascular() {
      super(PluginDescriptor.builder("fvasc").displayName("Vascular (test)")
              .condition(condition("fvasc.pad", Triage.CONSULTATION_24))
              .condition(condition("fvasc.cvi", Triage.CONSULTATION))
              .reliefStrategy(relief("fvasc.feet_down", "fvasc.pad"))
              .reliefStrategy(relief("fvasc.raise", "fvasc.cvi"))
              .warningSign(warning("fvasc.acute_limb", Triage.EMERGENCY_AMBULANCE))
              .warningSign(warning("fvasc.dvt", Triage.EMERGENCY))
              .warningSign(warning("fvasc.pe", Triage.EMERGENCY_AMBULANCE))
              .build(),
          List.of(
              EvidenceModel.builder("fvasc.pad").prior(0.05, TEST)
                  .priorFromAge(60, 0.12, TEST)
                  .criterion("relief.dangling_legs", 6, 0.5, TEST)
                  .criterion("timing.walking_pain_relieved_by_rest", 4, 0.4, TEST)
                  .criterion("history.smoking", 2, 0.7, TEST)
                  .criterion("sign.foot_cold", 3, 0.8, TEST)
                  .criterion("relief.elevating_legs", 0.3, 1.2, TEST)
                  .build(),
              EvidenceModel.builder("fvasc.cvi").prior(0.08, TEST)
                  .criterion("relief.elevating_legs", 5, 0.5, TEST)
                  .criterion("sign.varicose_veins", 4, 0.6, TEST)
                  .criterion("quality.heavy", 3, 0.7, TEST)
                  .criterion("sign.ankle_swelling", 2.5, 0.7, TEST)
                  .build()),
          Map.of("fvasc.acute_limb", Trigger.anyOf("redflag.sudden_cold_pale_painful_leg", "redflag.sudden_weakness_or_paralysis"),
              "fvasc.dvt", Trigger.present("redflag.one_leg_swollen_warm_red"),
              "fvasc.pe", Trigger.present("redflag.chest_pain_breathless")));
    }
  }

  /** Restless legs and neuropathy, with the cauda equina red flags. */
  static final class Neuro extends RuleBasedPlugin {
    Neuro() {
      super(PluginDescriptor.builder("fneuro").displayName("Neuro (test)")
              .condition(condition("fneuro.rls", Triage.CONSULTATION))
              .condition(condition("fneuro.neuropathy", Triage.CONSULTATION))
              .reliefStrategy(relief("fneuro.move", "fneuro.rls"))
              .warningSign(warning("fneuro.cauda", Triage.EMERGENCY))
              .build(),
          List.of(
              EvidenceModel.builder("fneuro.rls").prior(0.08, TEST)
                  .criterion("quality.urge_to_move", 8, 0.1, TEST)
                  .criterion("relief.walking_moving", 4, 0.3, TEST)
                  .criterion("timing.worse_evening_night", 2, 0.5, TEST)
                  .criterion("history.family_rls", 3, 0.9, TEST)
                  .essential("quality.urge_to_move", 0.05, TEST)
                  .build(),
              EvidenceModel.builder("fneuro.neuropathy").prior(0.06, TEST)
                  .criterion("quality.burning", 3, 0.6, TEST)
                  .criterion("location.stocking_distribution", 5, 0.5, TEST)
                  .criterion("history.diabetes", 3, 0.7, TEST)
                  .criterion("quality.tingling_pins_needles", 3, 0.6, TEST)
                  .build()),
          Map.of("fneuro.cauda", Trigger.anyOf("redflag.saddle_numbness", "redflag.bladder_bowel_change")));
    }
  }

  /** Cramps and arthritis, with infection and injury red flags. */
  static final class Musculoskeletal extends RuleBasedPlugin {
    Musculoskeletal() {
      super(PluginDescriptor.builder("fmsk").displayName("Musculoskeletal (test)")
              .condition(condition("fmsk.cramps", Triage.SELF_CARE))
              .condition(condition("fmsk.arthritis", Triage.CONSULTATION))
              .reliefStrategy(relief("fmsk.stretch", "fmsk.cramps"))
              .warningSign(warning("fmsk.septic", Triage.EMERGENCY))
              .warningSign(warning("fmsk.injury", Triage.CONSULTATION_24))
              .build(),
          List.of(
              EvidenceModel.builder("fmsk.cramps").prior(0.15, TEST)
                  .criterion("quality.muscle_tightening", 10, 0.2, TEST)
                  .criterion("timing.sudden_episodes", 4, 0.5, TEST)
                  .criterion("relief.stretching_muscle", 4, 0.6, TEST)
                  .criterion("location.calf", 2, 0.7, TEST)
                  .build(),
              EvidenceModel.builder("fmsk.arthritis").prior(0.10, TEST)
                  .criterion("location.hip_knee_joint", 4, 0.3, TEST)
                  .criterion("sign.joint_swelling_stiffness", 3, 0.7, TEST)
                  .criterion("aggravator.lying_on_side_joint", 3, 0.8, TEST)
                  .build()),
          Map.of("fmsk.septic", Trigger.anyOf(Trigger.present("redflag.fever"), Trigger.present("redflag.hot_swollen_joint")),
              "fmsk.injury", Trigger.present("redflag.recent_trauma")));
    }
  }

  /**
   * Skin and foot warning signs: gangrene (emergency, alone), a diabetic foot (within 24 hours, a
   * sore with diabetes) and a venous skin change (routine, not urgent enough for a warning group).
   */
  static final class Skin extends RuleBasedPlugin {
    Skin() {
      super(PluginDescriptor.builder("fskin").displayName("Skin (test)")
              .condition(condition("fskin.ulcer", Triage.CONSULTATION))
              .reliefStrategy(relief("fskin.rest", "fskin.ulcer"))
              .warningSign(warning("fskin.gangrene", Triage.EMERGENCY))
              .warningSign(warning("fskin.diabetic_foot", Triage.CONSULTATION_24))
              .warningSign(warning("fskin.venous", Triage.CONSULTATION))
              .build(),
          List.of(
              EvidenceModel.builder("fskin.ulcer").prior(0.05, TEST)
                  .criterion("sign.nonhealing_sores", 6, 0.5, TEST)
                  .criterion("sign.brown_skin_near_ankles", 3, 0.8, TEST)
                  .build()),
          Map.of("fskin.gangrene", Trigger.present("sign.black_tissue"),
              "fskin.diabetic_foot", Trigger.allOf("sign.nonhealing_sores", "history.diabetes"),
              "fskin.venous", Trigger.present("sign.brown_skin_near_ankles")));
    }
  }

  /** The three realistic families and the skin warning signs. */
  static ConditionAggregator withSkin() {
    return ConditionAggregator.builder().addPlugin(new Vascular()).addPlugin(new Neuro())
        .addPlugin(new Musculoskeletal()).addPlugin(new Skin()).build();
  }

  /** A plugin that is not rule-based: it reads two features only together, which the probe must find. */
  static final class Handwritten implements ConditionPlugin {
    private final PluginDescriptor descriptor = PluginDescriptor.builder("fhand").displayName("Handwritten (test)")
        .condition(condition("fhand.pair", Triage.CONSULTATION)).reliefStrategy(relief("fhand.rest", "fhand.pair"))
        .build();

    @Override
    public PluginDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Assessment evaluate(SymptomReport report) {
      boolean both = report.isPresent("quality.throbbing") && report.isPresent("location.thigh");
      List<String> supporting = new ArrayList<>();
      if (both) {
        supporting.add("quality.throbbing");
        supporting.add("location.thigh");
      }
      return Assessment.of(List.of(new ConditionScore("fhand.pair", both ? 0.6 : 0.05, supporting, List.of())), List.of());
    }
  }

  /** The three realistic families. */
  static ConditionAggregator aggregator() {
    return ConditionAggregator.builder().addPlugin(new Vascular()).addPlugin(new Neuro())
        .addPlugin(new Musculoskeletal()).build();
  }

  /** The features the realistic families read, other than red flags. */
  static final List<String> ORDINARY = List.of("relief.dangling_legs", "timing.walking_pain_relieved_by_rest",
      "history.smoking", "sign.foot_cold", "relief.elevating_legs", "sign.varicose_veins", "quality.heavy",
      "sign.ankle_swelling", "quality.urge_to_move", "relief.walking_moving", "timing.worse_evening_night",
      "history.family_rls", "quality.burning", "location.stocking_distribution", "history.diabetes",
      "quality.tingling_pins_needles", "quality.muscle_tightening", "timing.sudden_episodes",
      "relief.stretching_muscle", "location.calf", "location.hip_knee_joint", "sign.joint_swelling_stiffness",
      "aggravator.lying_on_side_joint");

  /** Every standard red flag. */
  static final List<String> RED_FLAGS = List.of("redflag.sudden_cold_pale_painful_leg",
      "redflag.sudden_weakness_or_paralysis", "redflag.saddle_numbness", "redflag.bladder_bowel_change",
      "redflag.one_leg_swollen_warm_red", "redflag.chest_pain_breathless", "redflag.fever",
      "redflag.hot_swollen_joint", "redflag.recent_trauma");

  /** A report with every red flag answered "no". */
  static SymptomReport.Builder noRedFlags() {
    return SymptomReport.builder().absent(RED_FLAGS.toArray(new String[0]));
  }
}
