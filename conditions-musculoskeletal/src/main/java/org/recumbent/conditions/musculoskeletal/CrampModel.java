package org.recumbent.conditions.musculoskeletal;

import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.AASM_CRAMPS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.CKS_LEG_CRAMPS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.CRAMPS_PREVALENCE;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.HALLEGRAEFF_2017;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.NSF_CRAMPS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_CRAMPS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_CRAMPS_DEHYDRATION;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_CRAMPS_DURATION;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_CRAMPS_TIGHTENING;

import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Nocturnal leg cramps (sleep-related leg cramps): a sudden, involuntary, hard tightening of the
 * calf, rarely the thigh or foot, lasting seconds to minutes, eased by stretching, often with
 * soreness after.
 *
 * <p>Told apart from restless legs syndrome by the muscle hardening and by the absence of an urge
 * to move (clinical-sources.md §3.6, "differentiators vs RLS").
 */
final class CrampModel {

  static final String ID = "musculoskeletal.cramps";

  static final ConditionDescriptor DESCRIPTOR = ConditionDescriptor.builder(ID)
      .name(MusculoskeletalTexts.text("cramps.name"))
      .summary(MusculoskeletalTexts.text("cramps.summary"))
      .icd10(Code.icd10("R25.2", "Cramp and spasm",
          "https://icdlist.com/icd-10/r252 (synonyms include nocturnal muscle cramps), clinical-sources.md §4"))
      // Seen only in secondary sources: FHIR implementation-guide examples (FSH, several public
      // repositories of a Thai antenatal-care IG) code "Cramp in lower leg" as 449918009. Not in
      // clinical-sources.md §4 and not checked in a SNOMED CT browser, so flagged unverified.
      .snomed(Code.snomedUnverified("449918009", "Cramp in lower leg"))
      .source(SEED_CRAMPS)
      .source(SEED_CRAMPS_TIGHTENING)
      .source(SEED_CRAMPS_DURATION)
      .source(AASM_CRAMPS)
      .source(NSF_CRAMPS)
      .source(HALLEGRAEFF_2017)
      .triageWhenLikely(Triage.SELF_CARE, Source.expertEstimate(
          "night-time leg cramps are common and harmless, and stretching is the first treatment "
              + "(Hallegraeff 2017; NICE CKS Leg cramps); a clinician is needed only when they persist, "
              + "worsen or come with a warning sign, which the warning signs cover"))
      .build();

  static final EvidenceModel MODEL = EvidenceModel.builder(ID)
      // Priors: the calibration brief's base prior for adults whose legs ache at night; cramps become
      // more common with age. Population prevalences (33% over 60, 37% at 50+, 54% over 80) overstate
      // the share of night-time leg pain that cramps explain, so the bands keep their ratios but stay
      // below the 0.3 "likely" threshold on age alone.
      .prior(0.25, Source.expertEstimate(
          "share of adults with night-time leg pain whose pain is cramps; scaled from the population "
              + "prevalence in sleepeducation.org and Naylor (clinical-sources.md §3.6)"))
      .priorFromAge(18, 0.18, Source.expertEstimate(
          "younger adults have cramps less often than older ones (prevalence rises with age, Naylor); "
              + "0.18 keeps the 37%-at-50 to 54%-over-80 gradient"))
      .priorFromAge(50, 0.25, CRAMPS_PREVALENCE)
      .priorFromAge(65, 0.28, CRAMPS_PREVALENCE)
      // Hallmark: the muscle suddenly tightens hard (AASM, NSF, the seed).
      .criterion("quality.muscle_tightening", 10.0, 0.2, Source.expertEstimate(
          "the defining feature of a cramp in AASM and NSF criteria and the seed (\"the muscle suddenly "
              + "tightening uncontrollably\"); no published likelihood ratio, so hallmark strength"))
      .criterion("timing.sudden_episodes", 4.0, 0.4, Source.expertEstimate(
          "sudden attacks lasting seconds to at most 10 minutes (Hallegraeff 2017; seed: \"lasting from "
              + "several seconds to many minutes\"); constant pain argues against"))
      .criterion("relief.stretching_muscle", 3.0, 0.6, Source.expertEstimate(
          "AASM: eases \"when you stretch the muscle\"; NSF: \"relieved by forcefully stretching\"; "
              + "stretching also eases restless legs, so weaker than the hardening itself"))
      .criterion("location.calf", 1.8, 0.7, Source.expertEstimate(
          "the seed: cramps \"most frequently affect the calf muscles\"; Hallegraeff 2017: calf or foot; "
              + "moderate, because claudication, venous pain and restless legs are felt in the calf too"))
      .criterion("timing.wakes_from_sleep", 1.3, 0.8, Source.expertEstimate(
          "sleep disruption is one of the seven Hallegraeff 2017 characteristics; weak, because arterial "
              + "rest pain also wakes people"))
      .criterion("timing.worse_evening_night", 1.2, 0.8, Source.expertEstimate(
          "sleep-related by definition (AASM: \"around the time when you sleep\"); weak, because most "
              + "conditions in this product are worse at night"))
      // Risk factors (the seed and NICE CKS Leg cramps); their absence says little.
      .criterion("history.diuretics", 1.8, 1.0, Source.expertEstimate(
          "diuretics are a recognised drug cause of cramps (NICE CKS Leg cramps, not read in the original)"))
      .criterion("history.dehydration_or_heavy_exercise", 1.8, 1.0, Source.expertEstimate(
          "muscle fatigue and dehydration are named in the seed: " + SEED_CRAMPS_DEHYDRATION.citation()))
      .criterion("history.pregnancy", 1.8, 1.0, Source.expertEstimate(
          "cramps are common in later pregnancy (" + CKS_LEG_CRAMPS.citation() + ")"))
      // What another condition explains better (the RLS mimic rule read the other way round).
      .criterion("quality.urge_to_move", 0.25, 1.1, Source.expertEstimate(
          "an urge to move is the restless-legs hallmark; a cramp has no urge beforehand "
              + "(clinical-sources.md §3.6, differentiators vs RLS)"))
      .anyOf(0.7, 1.0, Source.expertEstimate(
              "a cramp is \"sudden, sharp, and intense\" (seed), not a dull ache or a throb; mild, since "
                  + "soreness can linger after a cramp (Hallegraeff 2017)"),
          "quality.aching_dull", "quality.throbbing")
      .criterion("quality.crawling_pulling_itching", 0.5, 1.0, Source.expertEstimate(
          "deep crawling or itching sensations describe restless legs, not a hardening muscle"))
      .criterion("timing.constant", 0.3, 1.1, Source.expertEstimate(
          "a cramp comes in attacks of seconds to minutes (" + SEED_CRAMPS_DURATION.citation() + ")"))
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "burning, numbness and pins and needles point to nerve or artery disease, not cramps"),
          "quality.burning", "quality.numbness", "quality.tingling_pins_needles")
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "a sock-like pattern in both feet, or sheets that hurt the feet, point to neuropathy"),
          "location.stocking_distribution", "aggravator.bedclothes_touch")
      .anyOf(0.6, 1.0, Source.expertEstimate(
              "heaviness, swelling and relief by raising the legs point to venous disease"),
          "quality.heavy", "relief.elevating_legs")
      .criterion("relief.dangling_legs", 0.6, 1.0, Source.expertEstimate(
          "relief by hanging the legs down points to arterial rest pain"))
      .anyOf(0.4, 1.0, Source.expertEstimate(
              "a cramp does not swell a leg; one swollen (or swollen, warm and red) leg points to a vein "
                  + "problem such as a clot"),
          "sign.one_leg_swollen", "redflag.one_leg_swollen_warm_red")
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "pain running from the back, or worse on coughing or with the back's posture, is sciatica"),
          "quality.radiating_from_back", "aggravator.cough_sneeze", "aggravator.spine_posture")
      .anyOf(0.6, 1.0, Source.expertEstimate(
              "pain in the hip or knee joint, worse lying on it, is arthritis rather than a muscle cramp"),
          "location.hip_knee_joint", "aggravator.lying_on_side_joint")
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "calf pain on walking that stops with rest (claudication), weak foot pulses or a cold foot point to "
                  + "poor arterial flow, a better explanation of calf pain than cramps (AASM sleep-related leg "
                  + "cramps: not better explained by another medical condition, clinical-sources.md 3.6)"),
          "timing.walking_pain_relieved_by_rest", "sign.weak_or_absent_pulses", "sign.foot_cold")
      .build();

  private CrampModel() {}
}
