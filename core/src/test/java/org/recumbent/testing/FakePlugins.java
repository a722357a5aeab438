package org.recumbent.testing;

import java.util.List;
import java.util.function.Function;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/** Small plugins for core's tests; the real conditions live in their own modules. */
public final class FakePlugins {

  public static final Source TEST = Source.expertEstimate("test fixture");

  private FakePlugins() {}

  /** An "arterial" plugin: likely with dangling relief; declares elevation, heat and compression unsafe. */
  public static final class Arterial extends RuleBasedPlugin {
    public Arterial() {
      super(PluginDescriptor.builder("arterial")
              .displayName("Arterial (test)")
              .version("1.0")
              .condition(ConditionDescriptor.builder("arterial.disease")
                  .name("Arterial disease")
                  .summary("Narrowed arteries.")
                  .icd10(Code.icd10("I70.223", "Atherosclerosis with rest pain, bilateral", "test"))
                  .snomed(Code.snomedUnverified("399957001", "Peripheral arterial occlusive disease"))
                  .source(TEST)
                  .triageWhenLikely(Triage.CONSULTATION_24, TEST)
                  .unsafeRelief(ReliefTags.LEG_ELEVATION, "Raising the legs lowers blood flow to the feet.")
                  .unsafeRelief(ReliefTags.HEAT, "A foot with poor blood flow can burn.")
                  .build())
              .reliefStrategy(ReliefStrategy.builder("arterial.feet_down")
                  .text("Hang your feet over the edge of the bed.")
                  .forConditions("arterial.disease")
                  .tags(ReliefTags.LEG_DEPENDENCY)
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("arterial.acute", Triage.EMERGENCY_AMBULANCE,
                  "Call an ambulance.", "A leg that suddenly turns cold and pale.", TEST))
              .build(),
          List.of(EvidenceModel.builder("arterial.disease")
              .prior(0.05, TEST)
              .criterion("relief.dangling_legs", 20, 0.5, TEST)
              .criterion("relief.elevating_legs", 0.2, 1.2, TEST)
              .build()),
          java.util.Map.of("arterial.acute", Trigger.present("redflag.sudden_cold_pale_painful_leg")));
    }
  }

  /** A "venous" plugin: likely with elevation relief; offers elevation and heat advice. */
  public static final class Venous extends RuleBasedPlugin {
    public Venous() {
      super(PluginDescriptor.builder("venous")
              .displayName("Venous (test)")
              .condition(ConditionDescriptor.builder("venous.pooling")
                  .name("Venous pooling")
                  .summary("Blood pools in the legs.")
                  .icd10(Code.icd10("I87.2", "Venous insufficiency", "test"))
                  .source(TEST)
                  .triageWhenLikely(Triage.SELF_CARE, TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("venous.raise_legs")
                  .text("Raise your legs above your heart.")
                  .forConditions("venous.pooling")
                  .tags(ReliefTags.LEG_ELEVATION)
                  .source(TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("venous.warm_bath")
                  .text("Take a warm bath.")
                  .forConditions("venous.pooling")
                  .tags(ReliefTags.HEAT)
                  .source(TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("venous.walk")
                  .text("Walk a little every day.")
                  .forConditions("venous.pooling")
                  .tags(ReliefTags.WALKING)
                  .unsafeWith("other.thing", "Not with the other thing.")
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("venous.clot", Triage.EMERGENCY,
                  "Go to an emergency department now.", "One leg swollen, warm and red.", TEST))
              .build(),
          List.of(EvidenceModel.builder("venous.pooling")
              .prior(0.10, TEST)
              .criterion("relief.elevating_legs", 10, 0.5, TEST)
              .criterion("sign.varicose_veins", 5, 0.7, TEST)
              .build()),
          java.util.Map.of("venous.clot", Trigger.present("redflag.one_leg_swollen_warm_red")));
    }
  }

  /**
   * A plugin whose one finding has two levels of care: a swollen leg is checked within 24 hours,
   * and is an emergency after surgery. Both signs name the same thing to watch for.
   */
  public static final class Levels extends RuleBasedPlugin {
    /** The text both levels give to watch for. */
    public static final String SWELLING = "One leg more swollen than the other.";

    public Levels() {
      super(PluginDescriptor.builder("levels")
              .displayName("Levels (test)")
              .condition(ConditionDescriptor.builder("levels.swelling")
                  .name("Leg swelling")
                  .summary("A leg swells.")
                  .icd10(Code.icd10("R60.0", "Localized edema", "test"))
                  .source(TEST)
                  .triageWhenLikely(Triage.CONSULTATION, TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("levels.raise")
                  .text("Rest the leg on a pillow.")
                  .forConditions("levels.swelling")
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("levels.emergency", Triage.EMERGENCY,
                  "Go to an emergency department now.", SWELLING, TEST))
              .warningSign(new WarningSign("levels.check", Triage.CONSULTATION_24,
                  "See a doctor within 24 hours.", SWELLING, TEST))
              .warningSign(new WarningSign("levels.fever", Triage.CONSULTATION_24,
                  "See a doctor within 24 hours.", "A fever.", TEST))
              .build(),
          List.of(EvidenceModel.builder("levels.swelling")
              .prior(0.10, TEST)
              .criterion("sign.ankle_swelling", 20, 0.5, TEST)
              .build()),
          java.util.Map.of(
              "levels.emergency", Trigger.allOf("sign.one_leg_swollen", "history.recent_immobility_surgery_travel"),
              "levels.check", Trigger.present("sign.one_leg_swollen"),
              "levels.fever", Trigger.present("redflag.fever")));
    }
  }

  /**
   * A plugin whose warning signs make kinds of relief unsafe while they stand: a fall makes heat
   * and massage unsafe, and a fever (more urgent) makes heat unsafe for another reason.
   */
  public static final class Careful extends RuleBasedPlugin {
    /** The reason a fall gives. */
    public static final String AFTER_A_FALL = "Not after a fall.";
    /** The reason a fever gives. */
    public static final String WITH_A_FEVER = "Not with a fever.";

    public Careful() {
      super(PluginDescriptor.builder("careful")
              .displayName("Careful (test)")
              .condition(ConditionDescriptor.builder("careful.bruise")
                  .name("A bruise")
                  .summary("A bruise.")
                  .icd10(Code.icd10("T14.0", "Superficial injury", "test"))
                  .source(TEST)
                  .triageWhenLikely(Triage.SELF_CARE, TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("careful.rest")
                  .text("Rest.")
                  .forConditions("careful.bruise")
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("careful.fall", Triage.CONSULTATION_24,
                  "See a doctor within 24 hours.", "A fall.", TEST)
                  .withUnsafeRelief(ReliefTags.HEAT, AFTER_A_FALL)
                  .withUnsafeRelief(ReliefTags.MASSAGE, AFTER_A_FALL))
              .warningSign(new WarningSign("careful.fever", Triage.EMERGENCY,
                  "Go to an emergency department now.", "A fever.", TEST)
                  .withUnsafeRelief(ReliefTags.HEAT, WITH_A_FEVER))
              .build(),
          List.of(EvidenceModel.builder("careful.bruise")
              .prior(0.01, TEST)
              .criterion("redflag.recent_trauma", 2, 1, TEST)
              .build()),
          java.util.Map.of(
              "careful.fall", Trigger.present("redflag.recent_trauma"),
              "careful.fever", Trigger.present("redflag.fever")));
    }
  }

  /**
   * A plugin of one rare condition that no test report makes likely, with one warning sign: to
   * build aggregators of many plugins, where the engine keeps no table by set of plugins.
   */
  public static final class Rare extends RuleBasedPlugin {
    public Rare(int n) {
      super(PluginDescriptor.builder("rare" + n)
              .displayName("Rare " + n + " (test)")
              .condition(ConditionDescriptor.builder("rare" + n + ".condition")
                  .name("Rare condition " + n)
                  .summary("Rare.")
                  .icd10(Code.icd10("R52", "Pain, unspecified", "test"))
                  .source(TEST)
                  .triageWhenLikely(Triage.CONSULTATION, TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("rare" + n + ".rest")
                  .text("Rest.")
                  .forConditions("rare" + n + ".condition")
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("rare" + n + ".sign", Triage.CONSULTATION,
                  "Book an appointment.", "Iron deficiency.", TEST))
              .build(),
          List.of(EvidenceModel.builder("rare" + n + ".condition")
              .prior(0.001, TEST)
              .criterion("timing.constant", 1.5, 0.9, TEST)
              .build()),
          java.util.Map.of("rare" + n + ".sign", Trigger.present("history.iron_deficiency")));
    }
  }

  /** A plugin with one namespaced feature of its own. */
  public static final class WithFeature extends RuleBasedPlugin {
    public WithFeature() {
      super(PluginDescriptor.builder("extra")
              .displayName("Extra (test)")
              .feature(new Feature("extra.statin", FeatureCategory.HISTORY, "Do you take a statin?", "Taking a statin."))
              .condition(ConditionDescriptor.builder("extra.myalgia")
                  .name("Muscle ache from a medicine")
                  .summary("Aching muscles.")
                  .icd10(Code.icd10("M79.10", "Myalgia", "test"))
                  .source(TEST)
                  .triageWhenLikely(Triage.CONSULTATION, TEST)
                  .build())
              .reliefStrategy(ReliefStrategy.builder("extra.talk")
                  .text("Talk to your prescriber.")
                  .forConditions("extra.myalgia")
                  .source(TEST)
                  .build())
              .warningSign(new WarningSign("extra.dark_urine", Triage.EMERGENCY,
                  "Go now.", "Dark urine.", TEST))
              .build(),
          List.of(EvidenceModel.builder("extra.myalgia")
              .prior(0.02, TEST)
              .criterion("extra.statin", 30, 0.3, TEST)
              .build()),
          java.util.Map.of("extra.dark_urine", Trigger.allOf("extra.statin", "redflag.fever")));
    }
  }

  /** A plugin whose evaluate is replaced by a function, for faults. */
  public static ConditionPlugin faulty(String id, Function<SymptomReport, Assessment> evaluate) {
    PluginDescriptor d = PluginDescriptor.builder(id)
        .displayName("Faulty " + id)
        .condition(ConditionDescriptor.builder(id + ".x")
            .name("X").summary("X.").icd10(Code.icd10("R52", "Pain", "test")).source(TEST)
            .triageWhenLikely(Triage.EMERGENCY_AMBULANCE, TEST).build())
        .warningSign(new WarningSign(id + ".w", Triage.EMERGENCY_AMBULANCE, "Go.", "Watch.", TEST))
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
}
