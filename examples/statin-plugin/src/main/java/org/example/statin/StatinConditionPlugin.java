package org.example.statin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/**
 * An example third-party plugin: muscle aches linked to statins, the cholesterol-lowering
 * medicines (statin-associated muscle symptoms).
 *
 * <p>It shows everything a plugin author writes: features of its own under the plugin id
 * ({@code statin.current_statin}, ...), one condition with codes and sources, an evidence model
 * whose every number carries its source, relief advice, and warning signs. It depends only on
 * {@code recumbent-core}, and it is registered both ways: in
 * {@code META-INF/services/org.recumbent.spi.ConditionPlugin} for the class path, and with
 * {@code provides} in {@code module-info.java} for the module path.
 *
 * <p>Sources: the clinical statements follow the European Atherosclerosis Society consensus on
 * statin-associated muscle symptoms (Stroes et al., 2015). That paper was not read for this
 * example, so every citation of it is marked unverified; the numbers that no paper gives are
 * conservative expert estimates and say so.
 *
 * <p>Stateless and thread-safe; ServiceLoader needs the public no-argument constructor.
 *
 * @since 0.1
 */
public final class StatinConditionPlugin extends RuleBasedPlugin {

  /** The plugin id. */
  public static final String ID = "statin";

  /** The one condition this plugin judges. */
  public static final String SAMS = "statin.sams";

  /** Whether the person takes a statin now. */
  public static final String CURRENT_STATIN = "statin.current_statin";
  /** Whether a statin was started, or its dose raised, in the last few months. */
  public static final String RECENT_DOSE_CHANGE = "statin.recent_dose_change";
  /** Whether the aches eased during a break from the statin agreed with a clinician. */
  public static final String EASED_WHEN_PAUSED = "statin.eased_when_paused";
  /** Whether the urine has turned dark, like tea or cola. */
  public static final String DARK_URINE = "statin.dark_urine";
  /** Whether the muscles are so weak that standing up or climbing stairs is hard. */
  public static final String SEVERE_WEAKNESS = "statin.severe_weakness";

  /** Warning: dark urine with severe weakness, a sign of muscle breakdown. */
  public static final String RHABDOMYOLYSIS = "statin.possible_rhabdomyolysis";
  /** Warning: marked muscle weakness while taking a statin. */
  public static final String WEAKNESS_ON_STATIN = "statin.weakness_on_statin";

  private static final Source EAS_2015 = Source.unverified(Source.Kind.GUIDELINE,
      "Stroes ES, Thompson PD, Corsini A, et al. Statin-associated muscle symptoms: impact on statin"
          + " therapy. European Atherosclerosis Society Consensus Panel Statement on Assessment,"
          + " Aetiology and Management. Eur Heart J. 2015;36(17):1012-1022");

  private static final Source EAS_2015_PATTERN = Source.unverified(Source.Kind.GUIDELINE,
      EAS_2015.citation() + ": muscle symptoms are typically aching, tenderness or cramp-like,"
          + " symmetrical and in large proximal muscles (thighs, buttocks, calves), starting within"
          + " weeks of starting the statin or raising the dose, and easing within weeks of stopping it");

  private static final Source EAS_2015_RHABDO = Source.unverified(Source.Kind.GUIDELINE,
      EAS_2015.citation() + ": rhabdomyolysis (creatine kinase above 40 times the upper limit, often"
          + " with dark urine and kidney injury) is rare but serious and needs urgent care");

  private static final Source EAS_2015_MANAGEMENT = Source.unverified(Source.Kind.GUIDELINE,
      EAS_2015.citation() + ": assess symptoms and creatine kinase with the prescriber; a break from"
          + " the statin, a lower dose or another statin are decided together, as the statin lowers"
          + " the risk of heart attack and stroke");

  /** Create the plugin; ServiceLoader calls this. */
  public StatinConditionPlugin() {
    super(describe(), List.of(model()), triggers());
  }

  private static PluginDescriptor describe() {
    return PluginDescriptor.builder(ID)
        .displayName("Statin-associated muscle symptoms (example third-party plugin)")
        .version("0.1.0")
        .feature(new Feature(CURRENT_STATIN, FeatureCategory.HISTORY,
            "Do you take a statin, a medicine that lowers cholesterol, such as atorvastatin, simvastatin"
                + " or rosuvastatin?",
            "Taking a statin (a cholesterol-lowering medicine)."))
        .feature(new Feature(RECENT_DOSE_CHANGE, FeatureCategory.HISTORY,
            "Did you start the statin, or was its dose raised, in the last three months?",
            "Started a statin, or had its dose raised, in the last three months."))
        .feature(new Feature(EASED_WHEN_PAUSED, FeatureCategory.RELIEF,
            "If your doctor paused your statin for a while, did the aches ease during the break?",
            "Muscle aches eased during a break from the statin."))
        .feature(new Feature(DARK_URINE, FeatureCategory.SIGN,
            "Has your urine turned dark, like tea or cola?",
            "Dark urine, like tea or cola."))
        .feature(new Feature(SEVERE_WEAKNESS, FeatureCategory.SIGN,
            "Are your muscles so weak that it is hard to stand up from a chair or climb stairs?",
            "Muscle weakness that makes standing up or climbing stairs hard."))
        .condition(ConditionDescriptor.builder(SAMS)
            .name("Muscle aches linked to a statin medicine")
            .summary("Statins, the medicines that lower cholesterol, can cause aching muscles, usually in"
                + " both legs, most often in the first weeks or after a dose is raised.")
            // G72.0 as listed in secondary material (a VA VistA code list), not checked against the
            // ICD-10-CM tables; hence no "verified against".
            .icd10(new Code(Code.System.ICD10_CM, "G72.0", "Drug-induced myopathy", Optional.empty()))
            // SNOMED CT has no concept checked here for the statin cause; this is the symptom concept
            // (myalgia), seen in secondary FHIR material only.
            .snomed(Code.snomedUnverified("68962001", "Myalgia (finding)"))
            .source(EAS_2015)
            .triageWhenLikely(Triage.CONSULTATION, EAS_2015_MANAGEMENT)
            .build())
        .reliefStrategy(ReliefStrategy.builder("statin.talk_to_prescriber")
            .text("Do not stop your statin on your own. Talk to the doctor or pharmacist who prescribed it:"
                + " a blood test can check your muscles, and they can change the dose or the medicine"
                + " while keeping your heart protected.")
            .forConditions(SAMS)
            .tags(ReliefTags.MEDICAL_REVIEW)
            .source(EAS_2015_MANAGEMENT)
            .build())
        .reliefStrategy(ReliefStrategy.builder("statin.check_new_medicines")
            .text("Tell your prescriber about any new medicine or supplement, and about drinking a lot of"
                + " grapefruit juice: some of them raise the level of a statin in the blood.")
            .forConditions(SAMS)
            .tags(ReliefTags.MEDICAL_REVIEW)
            .source(Source.unverified(Source.Kind.GUIDELINE, EAS_2015.citation()
                + ": drug interactions that raise statin levels are a main risk factor for muscle symptoms"))
            .build())
        .warningSign(new WarningSign(RHABDOMYOLYSIS, Triage.EMERGENCY,
            "Dark urine with severe muscle weakness can mean that muscle is breaking down, which can harm"
                + " the kidneys. Go to an emergency department now, and bring your medicines with you.",
            "Urine that turns dark, like tea or cola, together with weak or very painful muscles: go to an"
                + " emergency department.",
            EAS_2015_RHABDO))
        .warningSign(new WarningSign(WEAKNESS_ON_STATIN, Triage.CONSULTATION_24,
            "Marked muscle weakness while taking a statin needs a blood test soon. Contact your doctor"
                + " today, or within 24 hours.",
            "Muscles becoming weak, not only sore, while you take a statin: contact your doctor within 24"
                + " hours.",
            Source.unverified(Source.Kind.GUIDELINE, EAS_2015.citation()
                + ": weakness, or symptoms with a raised creatine kinase, needs prompt assessment")))
        .build();
  }

  private static EvidenceModel model() {
    return EvidenceModel.builder(SAMS)
        .prior(0.03, Source.expertEstimate("share of adults with leg aches at night whose aches come from a"
            + " statin, before anything is known about their medicines; kept low so that the condition"
            + " only rises when a statin is reported"))
        .essential(CURRENT_STATIN, 0.02, Source.expertEstimate("statin muscle symptoms need a statin;"
            + " the small remaining probability covers a recently stopped statin"))
        .criterion(CURRENT_STATIN, 4.0, 0.1, Source.expertEstimate("muscle symptoms are reported by roughly"
            + " 1 in 10 statin users in registries (EAS 2015, unverified); a conservative ratio"))
        .criterion(RECENT_DOSE_CHANGE, 3.0, 0.7, EAS_2015_PATTERN)
        .criterion(EASED_WHEN_PAUSED, 3.0, 0.5, EAS_2015_PATTERN)
        .criterion("location.both_legs_symmetric", 2.0, 0.6, EAS_2015_PATTERN)
        .criterion("quality.aching_dull", 1.5, 0.8, EAS_2015_PATTERN)
        .anyOf(1.5, 0.9, EAS_2015_PATTERN, "location.thigh", "location.buttock_back_of_leg")
        .criterion("location.one_leg_only", 0.4, 1.0, Source.expertEstimate("statin aches are usually"
            + " symmetrical (EAS 2015, unverified); pain in one leg only points elsewhere"))
        .criterion("quality.radiating_from_back", 0.5, 1.0, Source.expertEstimate("pain running down from"
            + " the back points to a nerve cause rather than a statin"))
        .build();
  }

  private static Map<String, Trigger> triggers() {
    return Map.of(
        RHABDOMYOLYSIS, Trigger.allOf(DARK_URINE, SEVERE_WEAKNESS),
        WEAKNESS_ON_STATIN, Trigger.allOf(CURRENT_STATIN, SEVERE_WEAKNESS));
  }
}
