package org.recumbent.conditions.vascular.internal;

import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Peripheral artery disease with ischemic rest pain (Rutherford category 4, Fontaine stage III):
 * its description, codes and evidence model.
 *
 * <p>The hallmark is a burning ache in the feet or toes when lying flat, waking the person, eased
 * by hanging the legs down and made worse by raising them. The examination findings carry the
 * likelihood ratios of Khan et al. (JAMA 2006); everything else is a conservative expert estimate,
 * marked as such. Findings that belong to another condition (a venous, neuropathic, cramp, joint
 * or spinal pattern) carry a mild conflicting ratio so that the right condition wins the hard
 * pairs.
 *
 * @since 0.1
 */
public final class PadModel {

  /** The condition id. */
  public static final String ID = "vascular.pad";

  private static final String KHAN_2006 = "Khan NA, Rahim SA, Anand SS, Simel DL, Panju A. Does the clinical "
      + "examination predict lower extremity peripheral arterial disease? JAMA 2006;295(5):536-546";

  private PadModel() {}

  /**
   * Describe the condition.
   *
   * @return the descriptor; never {@code null}
   */
  public static ConditionDescriptor descriptor() {
    return ConditionDescriptor.builder(ID)
        .name(VascularTexts.text("pad.name"))
        .summary(VascularTexts.text("pad.summary"))
        // ICD-10-CM has no "unspecified leg" code for rest pain (I70.229 was not seen); I70.223
        // "bilateral legs" is used because the report does not say which leg.
        .icd10(Code.icd10("I70.223",
            "Atherosclerosis of native arteries of extremities with rest pain, bilateral legs",
            "ICD-10-CM I70.22- family, checked on https://hccbuddy.com/icd10/I70.221 and "
                + "https://icd10.blog (I70.223); the I70.22 Includes note covers critical limb ischemia "
                + "with rest pain"))
        // Seen only in secondary sources (FHIR implementation-guide snippets), not in a SNOMED release.
        .snomed(Code.snomedUnverified("399957001", "Peripheral arterial occlusive disease (disorder)"))
        .source(Source.seed(SeedText.PROCESSES))
        .source(Source.seed(SeedText.GRAVITY_REMOVED))
        .source(Source.seed(SeedText.PAD_DEFINED))
        .source(Source.seed(SeedText.STANDING_HELPS))
        .source(Source.seed(SeedText.LEGS_LEVEL_WITH_HEART))
        .source(Source.seed(SeedText.PERFUSION_FALLS))
        .source(Source.seed(SeedText.REST_PAIN))
        .source(Source.seed(SeedText.DANGLING_RELIEF))
        .source(Source.seed(SeedText.SIGNS_NEED_CONSULTATION))
        .source(Source.guideline("Rutherford chronic limb ischemia category 4, ischemic rest pain "
            + "(https://pmc.ncbi.nlm.nih.gov/articles/PMC4232437/table/TB00869-2); Fontaine stage III, "
            + "ischemic rest pain (https://sanomedica.com/peripheral-artery-disease-classification/)"))
        .source(Source.paper(KHAN_2006 + ": likelihood ratios of the clinical examination"))
        .triageWhenLikely(Triage.CONSULTATION_24, Source.seed(SeedText.CLI_URGENT))
        .unsafeRelief(ReliefTags.LEG_ELEVATION, VascularTexts.text("pad.unsafe.leg-elevation"))
        .unsafeRelief(ReliefTags.HEAT, VascularTexts.text("pad.unsafe.heat"))
        .unsafeRelief(ReliefTags.COMPRESSION, VascularTexts.text("pad.unsafe.compression"))
        .build();
  }

  /**
   * Build the evidence model.
   *
   * @return the model; never {@code null}
   */
  public static EvidenceModel evidence() {
    return EvidenceModel.builder(ID)
        // Priors: adults whose legs ache when lying down.
        .prior(0.04, Source.expertEstimate("PAD prevalence is about 5% at 60 (Khan 2006 chapter); rest pain "
            + "is a small subset, so the base prior for an adult of unknown age is kept below that"))
        .priorFromAge(60, 0.08, Source.paper("JAMAevidence, Rational Clinical Examination chapter for " + KHAN_2006
            + ": PAD prevalence 5% at age 60 and 15% in patients of 60 or more with leg discomfort; "
            + "0.08 lies between them, kept conservative because rest pain is a subset"))
        .priorFromAge(70, 0.12, Source.paper("JAMAevidence, Rational Clinical Examination chapter for " + KHAN_2006
            + ": PAD prevalence 12% at age 70"))

        // The positional hallmark (seed: dangling the legs restores flow; raising them lowers it).
        .criterion("relief.dangling_legs", 8.0, 0.5, Source.expertEstimate("relief by dependency is the "
            + "defining positional sign of ischemic rest pain (seed: sitting up and dangling the legs); "
            + "no published LR, strong but below the LR of a pulse or skin finding combined"))
        .criterion("aggravator.elevating_legs", 6.0, 0.8, Source.expertEstimate("rest pain increases when the "
            + "limb is raised (Fontaine stage III description, liquisearch, secondary; seed: legs level with "
            + "the heart lose gravity's help); no published LR"))
        .criterion("relief.elevating_legs", 0.2, 1.1, Source.expertEstimate("relief by raising the legs is the "
            + "venous pattern and the opposite of arterial rest pain, so it argues strongly against"))
        .criterion("timing.worse_lying_down", 1.3, 0.5, Source.expertEstimate("rest pain comes on lying flat by "
            + "definition (Rutherford 4); common to many causes, so weak when present, stronger when absent"))
        .criterion("timing.wakes_from_sleep", 1.5, 0.6, Source.expertEstimate("seed: the burning ache wakes a "
            + "person from sleep; also common in cramps and restless legs, so modest"))

        // Where and what it feels like.
        .criterion("location.feet_toes", 1.8, 0.4, Source.expertEstimate("ischemic rest pain is in the forefoot "
            + "and toes, the most distal tissue (seed: in the feet or toes)"))
        .criterion("quality.burning", 1.4, 0.8, Source.expertEstimate("seed: an intense, burning ache; burning "
            + "is shared with neuropathy, so modest"))
        .criterion("quality.aching_dull", 1.1, 0.9, Source.expertEstimate("seed: a burning ache; a dull ache "
            + "alone is non-specific"))

        // Examination findings a person can report (Khan 2006, symptomatic patients).
        .criterion("sign.foot_cold", 5.9, 0.9, Source.paper(KHAN_2006 + ": cool skin, symptomatic patients, "
            + "LR+ 5.9 (4.1-8.6); LR- not reported, 0.9 is a conservative expert estimate"))
        .criterion("sign.nonhealing_sores", 5.9, 0.9, Source.paper(KHAN_2006 + ": wounds or sores, symptomatic "
            + "patients, LR+ 5.9 (2.6-13.4); LR- not reported, 0.9 is a conservative expert estimate"))
        .anyOf(2.8, 0.9, Source.paper(KHAN_2006 + ": discoloured skin, symptomatic patients, LR+ 2.8; pale and "
            + "shiny hairless skin are grouped with it (seed: pale, shiny, or discolored) so they are not "
            + "counted twice; LR- 0.9 is a conservative expert estimate"),
            "sign.skin_discolored", "sign.skin_pale", "sign.skin_shiny_hairless")
        .criterion("sign.weak_or_absent_pulses", 4.7, 0.38, Source.paper(KHAN_2006 + ": any palpable pulse "
            + "abnormality, symptomatic patients, LR+ 4.7 (2.2-9.9); no pulse abnormality LR 0.38"))

        // Claudication: the same disease at an earlier stage.
        .criterion("timing.walking_pain_relieved_by_rest", 3.3, 0.57, Source.paper(KHAN_2006 + ": claudication "
            + "LR+ 3.3 (2.3-4.8); absent claudication LR 0.57"))

        // Risk factors of atherosclerosis.
        // Acute limb ischaemia and gangrene are arterial disease; their warnings set the urgency,
        // these say the arteries are the part involved.
        .criterion("redflag.sudden_cold_pale_painful_leg", 4.0, 1.0, Source.expertEstimate("a leg that "
            + "suddenly turns cold, pale and painful is acute limb ischaemia (the 6 Ps), an arterial event, "
            + "often on top of existing arterial disease"))
        .criterion("sign.black_tissue", 5.0, 1.0, Source.expertEstimate("black tissue on the toes or foot is "
            + "tissue loss (Rutherford 5-6, Fontaine IV), the end stage of arterial disease; diabetes and "
            + "infection can also cause it, so not higher"))
        .criterion("history.smoking", 2.0, 0.7, Source.expertEstimate("smoking is the strongest modifiable risk "
            + "factor for PAD; conservative LR"))
        .criterion("history.diabetes", 1.3, 0.9, Source.expertEstimate("diabetes is a major PAD risk factor; "
            + "kept modest because it also explains neuropathy, the hard pair"))
        .criterion("history.heart_disease_or_stroke", 2.0, 0.8, Source.expertEstimate("atherosclerosis in one "
            + "bed predicts it in others; conservative LR"))
        .criterion("history.kidney_disease", 1.5, 0.95, Source.expertEstimate("chronic kidney disease raises PAD "
            + "risk; conservative LR"))
        .anyOf(1.3, 0.9, Source.expertEstimate("high blood pressure and high cholesterol are PAD risk factors; "
            + "grouped because they travel together"), "history.hypertension", "history.high_cholesterol")

        // Findings that another condition explains better.
        .criterion("timing.after_prolonged_standing", 0.5, 1.0, Source.expertEstimate("worse after standing is "
            + "the venous pattern; standing helps arterial flow (seed: when standing, gravity helps)"))
        .criterion("quality.heavy", 0.7, 1.0, Source.expertEstimate("heaviness is the venous pattern"))
        .anyOf(0.5, 1.0, Source.expertEstimate("brown staining near the ankle and varicose veins are the "
            + "venous pattern (CEAP C2, C4a); a sore with them is most likely a venous ulcer, not an arterial "
            + "one"), "sign.brown_skin_near_ankles", "sign.varicose_veins")
        .criterion("location.stocking_distribution", 0.5, 1.0, Source.expertEstimate("symmetric stocking "
            + "distribution is the neuropathic pattern; rest pain is usually worse in one foot"))
        .criterion("location.both_legs_symmetric", 0.7, 1.0, Source.expertEstimate("rest pain is usually "
            + "asymmetric, in the more affected limb"))
        .anyOf(0.4, 1.0, Source.expertEstimate("tingling, pins and needles and electric shocks are neuropathic "
            + "descriptors (DN4 interview items)"), "quality.tingling_pins_needles", "quality.stabbing_electric")
        .criterion("quality.numbness", 0.7, 1.0, Source.expertEstimate("numbness favours neuropathy; mild "
            + "because severe ischemia can also numb the foot"))
        .criterion("quality.urge_to_move", 0.7, 1.0, Source.expertEstimate("the urge to move is the restless "
            + "legs pattern"))
        .criterion("quality.muscle_tightening", 0.6, 1.0, Source.expertEstimate("a muscle that hardens is the "
            + "cramp pattern"))
        .criterion("timing.sudden_episodes", 0.7, 1.0, Source.expertEstimate("sudden attacks of seconds to "
            + "minutes are the cramp pattern; rest pain builds over minutes of lying flat"))
        .criterion("relief.stretching_muscle", 0.7, 1.0, Source.expertEstimate("relief by stretching is the "
            + "cramp pattern"))
        .criterion("location.hip_knee_joint", 0.6, 1.0, Source.expertEstimate("joint pain is the arthritis "
            + "pattern; rest pain is distal"))
        .criterion("aggravator.lying_on_side_joint", 0.7, 1.0, Source.expertEstimate("pain from lying on a "
            + "sore joint is the arthritis pattern"))
        .criterion("quality.radiating_from_back", 0.6, 1.0, Source.expertEstimate("pain running from the back "
            + "down the leg is the sciatica pattern"))
        .build();
  }
}
