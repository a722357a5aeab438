package org.recumbent.conditions.neuro;

import static org.recumbent.conditions.neuro.NeuroSources.DN4_DUTCH;
import static org.recumbent.conditions.neuro.NeuroSources.DN4_ITEMS;
import static org.recumbent.conditions.neuro.NeuroSources.MNSI_ITEM_11;

import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Peripheral neuropathy ({@code neuro.neuropathy}): its descriptor and its evidence model, built on
 * the DN4 interview items, MNSI history item 11 ("worse at night"), the length-dependent
 * stocking pattern, allodynia to the bedclothes, and the usual causes.
 *
 * <p>The DN4 interview as a whole has an LR+ of about 3.5 (Dutch validation); its items are
 * correlated, so each item on its own carries a modest ratio of 2 to 2.5.
 */
final class NeuropathyModel {

  /** The condition id. */
  static final String ID = "neuro.neuropathy";

  /** The plain reason heat is unsafe when neuropathy is likely. */
  static final String HEAT_REASON = NeuroTexts.text("neuropathy.unsafe.heat");

  static final ConditionDescriptor DESCRIPTOR = ConditionDescriptor.builder(ID)
      .name(NeuroTexts.text("neuropathy.name"))
      .summary(NeuroTexts.text("neuropathy.summary"))
      .icd10(Code.icd10("G62.9", "Polyneuropathy, unspecified", NeuroSources.ICD_NEUROPATHY_VERIFIED))
      .snomed(Code.snomedUnverified("302226006", "Peripheral neuropathy"))
      .source(DN4_ITEMS)
      .source(MNSI_ITEM_11)
      .source(NeuroSources.SEED_NEUROPATHY_INTRO)
      .source(NeuroSources.SEED_NEUROPATHY_PAIN)
      .source(NeuroSources.SEED_NEUROPATHY_STILL)
      .triageWhenLikely(Triage.CONSULTATION, Source.unverified(Source.Kind.GUIDELINE,
          "England et al., AAN practice parameter, Neurology 2009;72:185-192: in distal symmetric "
              + "polyneuropathy, screen for treatable causes (blood glucose, vitamin B12, serum protein "
              + "immunofixation); a planned, not urgent, appointment unless a warning sign fires"))
      .unsafeRelief(ReliefTags.HEAT, HEAT_REASON)
      .build();

  static final EvidenceModel MODEL = EvidenceModel.builder(ID)
      .prior(0.10, Source.expertEstimate(
          "shared calibration prior for adults whose legs ache when lying down (clinical calibration "
              + "brief); rises with age and diabetes"))
      .priorFromAge(60, 0.13, Source.unverified(Source.Kind.PAPER,
          "Martyn & Hughes, J Neurol Neurosurg Psychiatry 1997;62:310-318: polyneuropathy prevalence about "
              + "2.4% overall and about 8% over 55; the rise is applied conservatively to the base prior"))

      // DN4 interview items (seed: "burning, tingling, or stabbing pain").
      .criterion("quality.burning", 2.0, 0.7, Source.expertEstimate(
          "DN4 interview item (burning); also the main word of arterial rest pain, so modest. Whole "
              + "DN4 interview LR+ about 3.5 (" + DN4_DUTCH.citation() + ")"))
      .anyOf(2.5, 0.5, Source.expertEstimate(
              "DN4 interview items tingling, pins and needles and numbness: abnormal or lost feeling is "
                  + "the most neuropathic of the descriptors; one criterion, since they go together"),
          "quality.tingling_pins_needles", "quality.numbness")
      .allOf(1.4, 1.0, Source.expertEstimate(
              "tingling together with numbness adds a little: two DN4 items rather than one, but strongly "
                  + "correlated, so far less than a second independent ratio"),
          "quality.tingling_pins_needles", "quality.numbness")
      .criterion("quality.stabbing_electric", 2.0, 0.8, Source.expertEstimate(
          "DN4 interview item (electric shocks) and the seed's \"stabbing pain\""))

      // Distribution: length-dependent, symmetric, starting in the feet.
      .criterion("location.stocking_distribution", 4.0, 0.6, Source.expertEstimate(
          "distal symmetric polyneuropathy is length-dependent and affects both feet and lower legs alike "
              + "(stocking pattern); few other causes of night-time leg pain do"))
      .criterion("location.both_legs_symmetric", 1.4, 0.8, Source.expertEstimate(
          "polyneuropathy is symmetric; many other causes are too, so weak"))
      .criterion("location.feet_toes", 1.5, 0.6, Source.expertEstimate(
          "neuropathy starts in the toes and feet; arterial rest pain is there too, so modest"))

      // Allodynia: DN4 examination item "pain caused or increased by brushing", asked as the sheets.
      .criterion("aggravator.bedclothes_touch", 3.5, 0.85, Source.expertEstimate(
          "pain from the light touch of the sheets is allodynia (DN4 examination item: pain caused or "
              + "increased by brushing, " + DN4_ITEMS.citation() + ")"))

      // Timing: MNSI item 11 and the seed's "when lying still".
      .criterion("timing.worse_evening_night", 1.5, 0.7, Source.expertEstimate(
          "MNSI history item 11 \"Are your symptoms worse at night?\" and the seed's \"more noticeable at "
              + "night\"; shared by RLS, cramps and venous disease, so weak"))
      .anyOf(1.3, 0.8, Source.expertEstimate(
              "the seed's \"When lying still, the background activity of the damaged nerves takes center "
                  + "stage\"; common to every cause here, so weak"),
          "timing.worse_lying_down", "timing.at_rest_sitting")

      // Causes and risk factors.
      .criterion("history.diabetes", 2.5, 0.8, Source.expertEstimate(
          "diabetes is the commonest cause of polyneuropathy; about half of people with long-standing "
              + "diabetes develop it"))
      .criterion("history.alcohol_heavy", 2.5, 1.0, Source.expertEstimate(
          "heavy alcohol use is a common toxic cause of polyneuropathy"))
      .criterion("history.b12_deficiency", 2.5, 1.0, Source.expertEstimate(
          "vitamin B12 deficiency is a treatable cause (AAN 2009 lists B12 among the highest-yield tests)"))
      .criterion("history.chemotherapy", 3.0, 1.0, Source.expertEstimate(
          "platinum drugs, taxanes, vinca alkaloids and bortezomib commonly cause neuropathy"))
      .criterion("history.kidney_disease", 1.8, 1.0, Source.expertEstimate(
          "uraemic neuropathy in advanced kidney disease; kidney disease also travels with diabetes"))

      // Patterns of the other conditions.
      .criterion("relief.dangling_legs", 0.35, 1.0, Source.expertEstimate(
          "relief by hanging the legs down is the hallmark of arterial rest pain (seed: \"Relief is often "
              + "achieved by sitting up and dangling the legs\"); nerve pain does not ease that way"))
      .anyOf(0.7, 1.0, Source.expertEstimate(
              "a cold, pale or discoloured foot or weak pulses point to poor blood flow as the better "
                  + "explanation (Khan 2006 PAD signs); neuropathy can coexist, so mild"),
          "sign.foot_cold", "sign.skin_pale", "sign.skin_discolored", "sign.weak_or_absent_pulses")
      .criterion("quality.urge_to_move", 0.7, 1.0, Source.expertEstimate(
          "an urge to move points to RLS (clinical calibration brief: mildly against)"))
      .criterion("relief.walking_moving", 0.7, 1.0, Source.expertEstimate(
          "relief while walking about is RLS criterion 3; nerve pain rarely eases that way"))
      .criterion("quality.muscle_tightening", 0.4, 1.0, Source.expertEstimate(
          "a muscle that hardens and will not let go is a cramp"))
      .anyOf(0.8, 1.0, Source.expertEstimate(
              "pain in the calf that eases by stretching the muscle is the pattern of cramps; "
                  + "polyneuropathy starts in the feet"),
          "location.calf", "relief.stretching_muscle")
      .criterion("quality.radiating_from_back", 0.35, 1.0, Source.expertEstimate(
          "pain running from the back down one leg is nerve-root pain (sciatica), not a polyneuropathy"))
      .criterion("location.one_leg_only", 0.5, 1.0, Source.expertEstimate(
          "polyneuropathy affects both sides alike; pain in one leg points elsewhere"))
      .anyOf(0.7, 1.0, Source.expertEstimate(
              "pain in the buttock and back of the leg, or made worse by coughing or by the position of "
                  + "the spine, is the pattern of a trapped nerve root"),
          "location.buttock_back_of_leg", "aggravator.cough_sneeze", "aggravator.spine_posture")
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "pain in the hip or knee joint, worse lying on it, is arthritis"),
          "location.hip_knee_joint", "aggravator.lying_on_side_joint")
      .anyOf(0.7, 1.0, Source.expertEstimate(
              "heaviness and relief by raising the legs are the pattern of venous pooling"),
          "quality.heavy", "relief.elevating_legs")
      .build();

  private NeuropathyModel() {}
}
