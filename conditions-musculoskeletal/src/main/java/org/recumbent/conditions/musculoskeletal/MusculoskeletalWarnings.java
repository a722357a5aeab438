package org.recumbent.conditions.musculoskeletal;

import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.BMJ_CAUDA_EQUINA;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.CKS_SCIATICA_RED_FLAGS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.CKS_SEPTIC_ARTHRITIS;
import static org.recumbent.spi.support.Trigger.allOf;
import static org.recumbent.spi.support.Trigger.anyOf;
import static org.recumbent.spi.support.Trigger.present;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.Triage;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.Trigger;

/**
 * The musculoskeletal warning signs: what each demands, what a person reads, and the findings that
 * fire it. Every red flag this plugin owns fires on its own, whatever else is reported.
 */
final class MusculoskeletalWarnings {

  /** A finding this plugin adds to the vocabulary: the third back-pain red flag of the issue. */
  static final Feature UNEXPLAINED_WEIGHT_LOSS = new Feature(
      "musculoskeletal.unexplained_weight_loss", FeatureCategory.HISTORY,
      "Have you lost weight recently without trying?",
      "Weight loss without trying, over the last few months.");

  private static final Trigger BACK_PAIN =
      anyOf("quality.radiating_from_back", "history.back_problems");

  static final WarningSign CAUDA_EQUINA = new WarningSign(
      "musculoskeletal.cauda_equina",
      Triage.EMERGENCY_AMBULANCE,
      "Numbness between your legs or around your bottom, or new trouble passing urine or controlling "
          + "your bladder or bowels, can mean the nerves at the base of the spine are being squeezed "
          + "(cauda equina syndrome). Weakness in both legs is another sign of it. This needs treatment "
          + "within hours to protect those nerves. Call an ambulance now.",
      "Call an ambulance at once if you get numbness between your legs or around your bottom, new "
          + "trouble passing urine or controlling your bladder or bowels, or weakness in both legs.",
      BMJ_CAUDA_EQUINA);

  static final WarningSign FOOT_DROP = new WarningSign(
      "musculoskeletal.foot_drop",
      Triage.EMERGENCY,
      "Weakness in the leg together with pain running down from your back, such as a foot that drags "
          + "or slaps down when you walk, can mean a nerve root is badly squeezed. It should be checked "
          + "today, before the weakness lasts. Go to an emergency department now.",
      "Go to an emergency department if your leg becomes weak, or your foot starts to drag or slap "
          + "down when you walk.",
      CKS_SCIATICA_RED_FLAGS);

  static final WarningSign SEPTIC_ARTHRITIS = new WarningSign(
      "musculoskeletal.septic_arthritis",
      Triage.EMERGENCY,
      "A joint that is hot, swollen and painful can be infected, especially if you also have a fever. "
          + "An infected joint needs treatment the same day to protect it. Go to an emergency department "
          + "now.",
      "Go to an emergency department if a joint becomes hot, red and swollen, especially with a fever.",
      CKS_SEPTIC_ARTHRITIS);

  static final WarningSign INFECTION = new WarningSign(
      "musculoskeletal.possible_infection",
      Triage.CONSULTATION_24,
      "You have a fever as well as leg pain. A fever can mean an infection, for example in a joint, "
          + "bone or the skin. Please see a doctor or nurse within 24 hours.",
      "See a doctor or nurse within 24 hours if you get a fever with the pain.",
      CKS_SEPTIC_ARTHRITIS);

  static final WarningSign SERIOUS_BACK_PAIN = new WarningSign(
      "musculoskeletal.serious_back_pain",
      Triage.CONSULTATION_24,
      "Back pain together with a fever, a history of cancer or weight loss without trying can have a "
          + "serious cause, such as an infection or a problem in the bones of the spine. Please see a "
          + "doctor within 24 hours so they can check.",
      "See a doctor within 24 hours if back pain comes with a fever, if you have had cancer, or if "
          + "you lose weight without trying.",
      CKS_SCIATICA_RED_FLAGS);

  static final WarningSign INJURY = new WarningSign(
      "musculoskeletal.injury",
      Triage.CONSULTATION_24,
      "The pain started after a fall or an injury. A broken bone or a damaged joint can be missed, "
          + "especially in older people. Please get it checked within 24 hours, and sooner if you "
          + "cannot put weight on the leg.",
      "See a doctor within 24 hours if the pain follows a fall or an injury.",
      CKS_SCIATICA_RED_FLAGS);

  /** The warning signs in descriptor order, most urgent first. */
  static final List<WarningSign> ALL =
      List.of(CAUDA_EQUINA, FOOT_DROP, SEPTIC_ARTHRITIS, INFECTION, SERIOUS_BACK_PAIN, INJURY);

  /**
   * Return the trigger of every warning sign, by warning id.
   *
   * @return the triggers, in the order of {@link #ALL}
   */
  static Map<String, Trigger> triggers() {
    Map<String, Trigger> t = new LinkedHashMap<>();
    // Either cauda equina red flag alone; also weakness in both legs with pain from the back
    // ("bilateral leg weakness", BMJ Best Practice; "bilateral neurological deficit", NICE CKS).
    t.put(CAUDA_EQUINA.id(), anyOf(
        present("redflag.saddle_numbness"),
        present("redflag.bladder_bowel_change"),
        allOf("sign.leg_weakness", "location.both_legs_symmetric", "quality.radiating_from_back")));
    // Sciatica with motor loss (foot drop), NICE CKS: progressive or severe motor loss.
    t.put(FOOT_DROP.id(), allOf(
        anyOf("sign.leg_weakness", "redflag.sudden_weakness_or_paralysis"),
        present("quality.radiating_from_back")));
    // A hot swollen joint alone; names the fever too when present.
    t.put(SEPTIC_ARTHRITIS.id(), anyOf(
        present("redflag.hot_swollen_joint"),
        allOf("redflag.hot_swollen_joint", "redflag.fever")));
    t.put(INFECTION.id(), present("redflag.fever"));
    t.put(SERIOUS_BACK_PAIN.id(), allOf(
        BACK_PAIN,
        anyOf("redflag.fever", "history.active_cancer", UNEXPLAINED_WEIGHT_LOSS.id())));
    t.put(INJURY.id(), present("redflag.recent_trauma"));
    return t;
  }

  private MusculoskeletalWarnings() {}
}
