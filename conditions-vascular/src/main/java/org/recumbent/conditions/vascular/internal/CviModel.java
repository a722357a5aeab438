package org.recumbent.conditions.vascular.internal;

import org.recumbent.core.Sex;
import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Chronic venous insufficiency: its description, code and evidence model.
 *
 * <p>The hallmark is a heavy, aching or throbbing lower leg, worse in the evening and after
 * standing, with swelling, varicose veins or brown skin near the ankles, relieved by raising the
 * legs. Some people find lying flat makes the congestion worse (the seed says so). Hanging the legs
 * down, or pain when they are raised, is the arterial pattern and argues against it. No published
 * likelihood ratios were found for these symptoms; every ratio is a conservative expert estimate
 * anchored on the CEAP classification and the Villalta symptom list.
 *
 * @since 0.1
 */
public final class CviModel {

  /** The condition id. */
  public static final String ID = "vascular.cvi";

  private static final String CEAP = "CEAP classification, clinical classes C2 varicose veins, C3 oedema, C4a "
      + "pigmentation, C6 active ulcer; symptoms 'ache, pain, tightness, skin irritation, heaviness, muscle "
      + "cramps' (https://pmc.ncbi.nlm.nih.gov/articles/PMC5886767/table/TB001055-1)";

  private CviModel() {}

  /**
   * Describe the condition.
   *
   * @return the descriptor; never {@code null}
   */
  public static ConditionDescriptor descriptor() {
    return ConditionDescriptor.builder(ID)
        .name(VascularTexts.text("cvi.name"))
        .summary(VascularTexts.text("cvi.summary"))
        .icd10(Code.icd10("I87.2", "Venous insufficiency (chronic) (peripheral)",
            "ICD-10-CM I87.2, checked on https://icd10.blog (icd-10-code-i87-2)"))
        // Seen in one secondary source only (a public repository's CEAP-to-SNOMED mapping, which says it
        // checked the international browser); not confirmed here, so flagged unverified.
        .snomed(Code.snomedUnverified("28695004", "Chronic venous insufficiency"))
        .source(Source.seed(SeedText.CVI_INTRODUCED))
        .source(Source.seed(SeedText.CVI_DEFINED))
        .source(Source.seed(SeedText.CVI_SENSATION))
        .source(Source.seed(SeedText.CVI_ELEVATION_AND_LYING_FLAT))
        .source(Source.seed(SeedText.CVI_EVENING))
        .source(Source.guideline(CEAP))
        .triageWhenLikely(Triage.CONSULTATION, Source.expertEstimate("chronic and not dangerous in itself, but "
            + "a clinician should confirm it, look for skin changes and ulcers, and check the arteries before "
            + "any compression; agreed across the condition modules"))
        .build();
  }

  /**
   * Build the evidence model.
   *
   * @return the model; never {@code null}
   */
  public static EvidenceModel evidence() {
    return EvidenceModel.builder(ID)
        .prior(0.12, Source.expertEstimate("share of adults with legs aching at night whose cause is venous; "
            + "agreed across the condition modules"))
        .priorFromAge(50, 0.15, Source.expertEstimate("venous disease becomes more common with age"))
        .priorFromAge(70, 0.20, Source.expertEstimate("venous disease becomes more common with age"))
        .sexOddsRatio(Sex.FEMALE, 1.3, Source.expertEstimate("symptomatic venous disease is reported more often "
            + "by women; kept modest"))

        // The positional hallmark (seed: elevating the legs helps venous pooling).
        .criterion("relief.elevating_legs", 5.0, 0.6, Source.expertEstimate("seed: elevating the legs typically "
            + "helps with venous pooling; strong, no published LR"))
        .criterion("relief.dangling_legs", 0.3, 1.0, Source.expertEstimate("hanging the legs down adds to venous "
            + "pooling; relief that way is the arterial pattern"))
        .criterion("aggravator.elevating_legs", 0.2, 1.0, Source.expertEstimate("pain on raising the legs is the "
            + "arterial pattern, the opposite of venous disease"))

        // What it feels like and when (seed: heavy, throbbing or aching; worse in the evening).
        .criterion("quality.heavy", 3.0, 0.6, Source.expertEstimate("heaviness is a cardinal venous symptom "
            + "(CEAP, Villalta); seed: a heavy, throbbing, or aching sensation"))
        .anyOf(1.5, 0.8, Source.expertEstimate("seed: throbbing or aching; grouped because they overlap, and "
            + "shared with other causes"), "quality.throbbing", "quality.aching_dull")
        .criterion("timing.after_prolonged_standing", 2.5, 0.6, Source.expertEstimate("venous pressure rises "
            + "with standing; symptoms build through the day"))
        .criterion("timing.worse_evening_night", 1.5, 0.7, Source.expertEstimate("seed: pain that intensifies in "
            + "the evening hours"))
        .criterion("timing.worse_lying_down", 1.2, 0.9, Source.expertEstimate("seed: some individuals with CVI "
            + "find that lying flat can sometimes worsen the congestion; weak"))
        .criterion("location.calf", 1.2, 0.9, Source.expertEstimate("venous symptoms sit in the lower leg"))

        // Signs (CEAP clinical classes).
        .criterion("sign.varicose_veins", 5.0, 0.5, Source.expertEstimate("CEAP C2; visible varicose veins make "
            + "a venous cause much more likely"))
        .criterion("sign.brown_skin_near_ankles", 6.0, 0.85, Source.expertEstimate("CEAP C4a pigmentation is "
            + "specific to chronic venous hypertension; absence is common in early disease"))
        .criterion("sign.ankle_swelling", 3.0, 0.5, Source.expertEstimate("CEAP C3 oedema"))
        .criterion("sign.nonhealing_sores", 2.0, 1.0, Source.expertEstimate("CEAP C6 active ulcer; arterial "
            + "ulcers also exist, so modest"))

        // Risk factors.
        .criterion("history.previous_dvt", 2.5, 0.95, Source.expertEstimate("post-thrombotic syndrome follows "
            + "deep vein thrombosis in a substantial share of people (Villalta score)"))
        .anyOf(2.0, 1.0, Source.expertEstimate("one swollen leg is a venous finding (Wells: entire leg "
            + "swollen, calf swelling); whether chronic insufficiency or an acute clot, the veins are involved"),
            "sign.one_leg_swollen", "redflag.one_leg_swollen_warm_red", "sign.calf_tender")
        .criterion("history.recent_immobility_surgery_travel", 1.5, 1.0, Source.expertEstimate("immobility, "
            + "surgery and long journeys slow the blood in the leg veins (venous stasis, Virchow's triad); the "
            + "veins are the part involved, whether the result is pooling or a clot"))
        .criterion("history.prolonged_standing_job", 1.5, 0.9, Source.expertEstimate("long hours standing is a "
            + "recognised risk factor for venous disease"))
        .criterion("history.pregnancy", 1.3, 1.0, Source.expertEstimate("pregnancy raises venous pressure in "
            + "the legs"))

        // Findings that another condition explains better.
        .criterion("location.feet_toes", 0.6, 1.0, Source.expertEstimate("venous symptoms are in the lower leg "
            + "and ankle rather than the toes"))
        .criterion("sign.foot_cold", 0.6, 1.0, Source.expertEstimate("a cold foot is the arterial pattern"))
        .criterion("sign.weak_or_absent_pulses", 0.7, 1.0, Source.expertEstimate("weak pulses are the arterial "
            + "pattern"))
        .criterion("quality.burning", 0.8, 1.0, Source.expertEstimate("burning is more typical of arterial rest "
            + "pain and neuropathy"))
        .criterion("location.stocking_distribution", 0.7, 1.0, Source.expertEstimate("stocking distribution is "
            + "the neuropathic pattern"))
        .criterion("quality.urge_to_move", 0.7, 1.0, Source.expertEstimate("the urge to move is the restless "
            + "legs pattern"))
        .criterion("timing.sudden_episodes", 0.6, 1.0, Source.expertEstimate("sudden attacks are the cramp "
            + "pattern"))
        .criterion("location.hip_knee_joint", 0.6, 1.0, Source.expertEstimate("joint pain is the arthritis "
            + "pattern"))
        .anyOf(0.35, 1.0, Source.expertEstimate("pain running from the back, into the buttock, or worse with "
            + "the back's posture or with coughing is the sciatica pattern, not venous pooling"),
            "quality.radiating_from_back", "location.buttock_back_of_leg", "aggravator.spine_posture",
            "aggravator.cough_sneeze")
        .build();
  }
}
