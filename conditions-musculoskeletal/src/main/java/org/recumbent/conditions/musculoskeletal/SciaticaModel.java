package org.recumbent.conditions.musculoskeletal;

import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.NICE_NG59;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_RECUMBENT;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_SCIATICA;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_SCIATICA_POSTURE;

import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Sciatica: pain radiating from the lower back or buttock down the back of the leg, below the knee,
 * worse with some sleeping postures and with coughing or sneezing, often with tingling along the
 * same path.
 */
final class SciaticaModel {

  static final String ID = "musculoskeletal.sciatica";

  static final ConditionDescriptor DESCRIPTOR = ConditionDescriptor.builder(ID)
      .name(MusculoskeletalTexts.text("sciatica.name"))
      .summary(MusculoskeletalTexts.text("sciatica.summary"))
      .icd10(Code.icd10("M54.30", "Sciatica, unspecified side",
          "https://www.americanmedicalcoding.com/sciatica-icd-10-codes/ (clinical-sources.md §4)"))
      .snomed(Code.snomedUnverified("23056005", "Sciatica"))
      .source(SEED_SCIATICA)
      .source(SEED_SCIATICA_POSTURE)
      .source(SEED_RECUMBENT)
      .source(NICE_NG59)
      .triageWhenLikely(Triage.SELF_CARE, Source.expertEstimate(
          "most sciatica settles with staying active and simple pain relief (NICE NG59); weakness, "
              + "bladder or bowel change, saddle numbness, fever, cancer or injury are covered by warning signs"))
      .build();

  static final EvidenceModel MODEL = EvidenceModel.builder(ID)
      .prior(0.08, Source.expertEstimate(
          "share of adults with night-time leg pain whose pain is sciatica (calibration brief)"))
      // Hallmark: the pain runs from the back down the leg.
      .criterion("quality.radiating_from_back", 10.0, 0.2, Source.expertEstimate(
          "the defining feature in the seed (\"pain radiating along the sciatic nerve from the lower "
              + "back\"); no published likelihood ratio, so hallmark strength"))
      .criterion("location.buttock_back_of_leg", 3.0, 0.6, Source.expertEstimate(
          "the path of the sciatic nerve: buttock and back of the thigh and calf"))
      .criterion("location.one_leg_only", 2.0, 0.8, Source.expertEstimate(
          "sciatica is usually one-sided; bilateral sciatica is a red flag of its own (NICE CKS)"))
      .criterion("aggravator.spine_posture", 3.0, 0.8, Source.expertEstimate(
          "the seed: lying flat may \"flatten or twist\" the spine, \"placing pressure on the nerve "
              + "roots\""))
      .criterion("aggravator.cough_sneeze", 3.0, 0.8, Source.expertEstimate(
          "pain on coughing or sneezing raises pressure around a compressed nerve root; a classic "
              + "history item with no verified likelihood ratio"))
      .anyOf(1.5, 0.9, Source.expertEstimate(
              "tingling or numbness along the same path as the pain (nerve-root symptoms)"),
          "quality.tingling_pins_needles", "quality.numbness")
      .criterion("quality.stabbing_electric", 1.5, 1.0, Source.expertEstimate(
          "shooting, electric pain down the leg is typical of nerve-root pain"))
      .criterion("history.back_problems", 2.5, 0.7, Source.expertEstimate(
          "most sciatica comes from a disc or other problem in the lower back"))
      // What another condition explains better.
      .criterion("location.both_legs_symmetric", 0.5, 1.0, Source.expertEstimate(
          "sciatica is one-sided; the same pain in both legs alike points to neuropathy, restless legs "
              + "or circulation"))
      .criterion("location.stocking_distribution", 0.3, 1.0, Source.expertEstimate(
          "a sock-like pattern in both feet is a length-dependent neuropathy"))
      .criterion("location.hip_knee_joint", 0.6, 1.0, Source.expertEstimate(
          "pain in the joint itself points to arthritis"))
      .criterion("aggravator.lying_on_side_joint", 0.7, 1.0, Source.expertEstimate(
          "pain from pressure on the hip or knee when lying on it points to arthritis; mild, because "
              + "lying on the painful side can hurt in sciatica too"))
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "grating or swelling of the joint points to arthritis"),
          "sign.joint_crepitus", "sign.joint_swelling_stiffness")
      .criterion("quality.muscle_tightening", 0.6, 1.0, Source.expertEstimate(
          "a muscle that hardens is a cramp"))
      .criterion("quality.urge_to_move", 0.5, 1.0, Source.expertEstimate(
          "an urge to move is restless legs"))
      .criterion("aggravator.bedclothes_touch", 0.6, 1.0, Source.expertEstimate(
          "sheets that hurt the feet are a neuropathy sign"))
      .criterion("relief.dangling_legs", 0.7, 1.0, Source.expertEstimate(
          "relief by hanging the legs down points to arterial rest pain"))
      // Cauda equina syndrome is compression of the lumbosacral nerve roots, most often by a
      // central disc prolapse: the same family as sciatica. The warning sign handles the urgency.
      .anyOf(6.0, 1.0, Source.expertEstimate(
              "saddle numbness and new bladder or bowel change point to the lumbosacral nerve roots "
                  + "(BMJ Best Practice, cauda equina syndrome: leg and/or back pain with these changes)"),
          "redflag.saddle_numbness", "redflag.bladder_bowel_change")
      .build();

  private SciaticaModel() {}
}
