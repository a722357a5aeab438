package org.recumbent.conditions.musculoskeletal;

import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.ACR_1986_KNEE_OA;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.NICE_NG226;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_ARTHRITIS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_RECUMBENT;

import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Hip or knee arthritis (osteoarthritis) aggravated by lying on the joint: an aching joint, short
 * morning stiffness, grating (crepitus) and swelling.
 */
final class ArthritisModel {

  static final String ID = "musculoskeletal.arthritis";

  static final ConditionDescriptor DESCRIPTOR = ConditionDescriptor.builder(ID)
      .name(MusculoskeletalTexts.text("arthritis.name"))
      .summary(MusculoskeletalTexts.text("arthritis.summary"))
      .icd10(Code.icd10("M17.9", "Osteoarthritis of knee, unspecified",
          "ICD-10-CM M17 family checked on https://mirahealth.care/reference/icd10/M17.10 and sprypt.com "
              + "(clinical-sources.md §4); hip osteoarthritis is M16.10"))
      .snomed(Code.snomedUnverified("239873007", "Osteoarthritis of knee"))
      .source(SEED_ARTHRITIS)
      .source(SEED_RECUMBENT)
      .source(NICE_NG226)
      .source(ACR_1986_KNEE_OA)
      .triageWhenLikely(Triage.SELF_CARE, Source.expertEstimate(
          "osteoarthritis is a long-term condition managed first with exercise, weight care and simple "
              + "pain relief (NICE NG226); a hot swollen joint, injury or fever is covered by warning signs"))
      .build();

  static final EvidenceModel MODEL = EvidenceModel.builder(ID)
      .prior(0.12, Source.expertEstimate(
          "share of adults with night-time leg pain whose pain is hip or knee arthritis (calibration "
              + "brief); symptomatic knee OA is about 10-13% at 60 or over (Zhang and Jordan, Clin Geriatr "
              + "Med 2010, not read in the original)"))
      .priorFromAge(18, 0.06, Source.expertEstimate(
          "osteoarthritis is uncommon before middle age; half the base prior"))
      .priorFromAge(45, 0.12, NICE_NG226)
      .priorFromAge(65, 0.18, Source.expertEstimate(
          "prevalence of symptomatic hip and knee osteoarthritis keeps rising after 65 (NICE NG226); "
              + "one and a half times the base prior"))
      // Hallmarks.
      .criterion("location.hip_knee_joint", 6.0, 0.25, Source.expertEstimate(
          "the pain is in the joint itself (seed: \"an inflamed hip or knee joint\"); joint pain is the "
              + "entry criterion of the ACR and NICE definitions, so its absence argues strongly against"))
      .criterion("aggravator.lying_on_side_joint", 5.0, 0.6, Source.expertEstimate(
          "the seed's mechanism: lying down puts \"sustained pressure on an inflamed hip or knee joint\""))
      .criterion("history.arthritis_diagnosed", 6.0, 0.7, Source.expertEstimate(
          "a clinician has already diagnosed arthritis in this joint; absence says little, since many "
              + "people are never diagnosed"))
      .criterion("timing.morning_stiffness_short", 2.5, 0.7, Source.expertEstimate(
          "morning stiffness under 30 minutes is an ACR 1986 and NICE NG226 criterion"))
      .criterion("sign.joint_crepitus", 2.5, 0.8, Source.expertEstimate(
          "crepitus is an ACR 1986 clinical criterion for knee osteoarthritis"))
      .criterion("sign.joint_swelling_stiffness", 2.0, 0.9, Source.expertEstimate(
          "bony enlargement and stiffness of the joint (ACR 1986); also seen in other joint disease"))
      .criterion("quality.aching_dull", 1.5, 0.8, Source.expertEstimate(
          "osteoarthritis pain is a deep ache, not burning or shooting"))
      .criterion("relief.changing_position", 1.5, 1.0, Source.expertEstimate(
          "moving off the sore joint eases pressure pain (the seed's mechanism read the other way)"))
      // What another condition explains better.
      .criterion("quality.radiating_from_back", 0.4, 1.1, Source.expertEstimate(
          "pain running down from the back is nerve-root pain (sciatica), not joint pain"))
      .anyOf(0.6, 1.0, Source.expertEstimate(
              "worse on coughing or with the back's posture points to a nerve root, not the joint"),
          "aggravator.cough_sneeze", "aggravator.spine_posture")
      .anyOf(0.6, 1.0, Source.expertEstimate(
              "tingling, numbness and burning are nerve symptoms"),
          "quality.tingling_pins_needles", "quality.numbness", "quality.burning")
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "a sock-like pattern in both feet, or sheets that hurt the feet, is neuropathy"),
          "location.stocking_distribution", "aggravator.bedclothes_touch")
      .criterion("quality.muscle_tightening", 0.5, 1.0, Source.expertEstimate(
          "a muscle that hardens is a cramp, not a joint problem"))
      .criterion("quality.urge_to_move", 0.6, 1.0, Source.expertEstimate(
          "an urge to move is restless legs"))
      .criterion("timing.sudden_episodes", 0.6, 1.0, Source.expertEstimate(
          "osteoarthritis aches steadily; sudden attacks of seconds to minutes are cramps"))
      .criterion("relief.dangling_legs", 0.6, 1.0, Source.expertEstimate(
          "relief by hanging the legs down points to arterial rest pain"))
      .anyOf(0.4, 1.0, Source.expertEstimate(
              "osteoarthritis swells a joint, not a whole leg or calf; one swollen leg points to the veins "
                  + "(Wells: entire leg swollen, calf swelling)"),
          "sign.one_leg_swollen", "redflag.one_leg_swollen_warm_red")
      // A hot, swollen joint is a joint problem (septic or crystal arthritis, a flare); the warning
      // sign handles the urgency, this only says which part of the body is involved.
      .criterion("redflag.hot_swollen_joint", 3.0, 1.0, Source.expertEstimate(
          "a hot, swollen joint locates the problem in the joint (NICE CKS: suspect septic arthritis in "
              + "an acutely hot, swollen joint); modest, because gout and infection are not osteoarthritis"))
      .build();

  private ArthritisModel() {}
}
