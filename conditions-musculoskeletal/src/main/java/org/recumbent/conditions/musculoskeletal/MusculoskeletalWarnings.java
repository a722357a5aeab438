package org.recumbent.conditions.musculoskeletal;

import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.BMJ_CAUDA_EQUINA;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.CKS_BILATERAL_SCIATICA;
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
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.Trigger;

/**
 * The musculoskeletal warning signs: what each demands, what a person reads, and the findings that
 * fire it. Every red flag this plugin owns fires on its own, whatever else is reported. The texts
 * people read are in {@code musculoskeletal.properties}.
 */
final class MusculoskeletalWarnings {

  /** A finding this plugin adds to the vocabulary: the third back-pain red flag of the issue. */
  static final Feature UNEXPLAINED_WEIGHT_LOSS = new Feature(
      "musculoskeletal.unexplained_weight_loss", FeatureCategory.HISTORY,
      MusculoskeletalTexts.text("feature.unexplained_weight_loss.question"),
      MusculoskeletalTexts.text("feature.unexplained_weight_loss.description"));

  private static final Trigger BACK_PAIN =
      anyOf("quality.radiating_from_back", "history.back_problems");

  static final WarningSign CAUDA_EQUINA = warning(
      "musculoskeletal.cauda_equina", Triage.EMERGENCY_AMBULANCE, BMJ_CAUDA_EQUINA);

  static final WarningSign FOOT_DROP = warning(
      "musculoskeletal.foot_drop", Triage.EMERGENCY, CKS_SCIATICA_RED_FLAGS);

  static final WarningSign SEPTIC_ARTHRITIS = warning(
      "musculoskeletal.septic_arthritis", Triage.EMERGENCY, CKS_SEPTIC_ARTHRITIS);

  static final WarningSign INFECTION = warning(
      "musculoskeletal.possible_infection", Triage.CONSULTATION_24, CKS_SEPTIC_ARTHRITIS);

  static final WarningSign SERIOUS_BACK_PAIN = warning(
      "musculoskeletal.serious_back_pain", Triage.CONSULTATION_24, CKS_SCIATICA_RED_FLAGS);

  /** Pain running down both legs from the back: a red flag for cauda equina syndrome. */
  static final WarningSign BILATERAL_SCIATICA = warning(
      "musculoskeletal.bilateral_sciatica", Triage.CONSULTATION_24, CKS_BILATERAL_SCIATICA);

  /** The kinds of relief an injury makes unsafe until the leg is checked (NHS sprains and strains). */
  private static final List<String> UNSAFE_AFTER_INJURY =
      List.of(ReliefTags.HEAT, ReliefTags.MASSAGE, ReliefTags.WALKING, ReliefTags.STRETCHING);

  static final WarningSign INJURY = unsafeAfterInjury(warning(
      "musculoskeletal.injury", Triage.CONSULTATION_24, new Source(CKS_SCIATICA_RED_FLAGS.kind(),
          CKS_SCIATICA_RED_FLAGS.citation() + "; until the leg is checked, no heat, massage, walking or stretching: "
              + MusculoskeletalSources.NHS_SPRAINS, CKS_SCIATICA_RED_FLAGS.verified())));

  /** The warning signs in descriptor order, most urgent first. */
  static final List<WarningSign> ALL =
      List.of(CAUDA_EQUINA, FOOT_DROP, SEPTIC_ARTHRITIS, INFECTION, SERIOUS_BACK_PAIN, BILATERAL_SCIATICA, INJURY);

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
    // Bilateral sciatica (NICE CKS): pain from the back running down both legs.
    t.put(BILATERAL_SCIATICA.id(), allOf("quality.radiating_from_back", "location.both_legs_symmetric"));
    t.put(INJURY.id(), present("redflag.recent_trauma"));
    return t;
  }

  private MusculoskeletalWarnings() {}

  /** The injury sign, with the kinds of relief it makes unsafe until the leg is checked. */
  private static WarningSign unsafeAfterInjury(WarningSign w) {
    for (String tag : UNSAFE_AFTER_INJURY) {
      w = w.withUnsafeRelief(tag, MusculoskeletalTexts.text("warning.injury.unsafe." + tag));
    }
    return w;
  }

  /**
   * Create a warning sign whose texts are {@code warning.<name>.message} and
   * {@code warning.<name>.watchFor} in {@code musculoskeletal.properties}, where the id is
   * {@code <plugin>.<name>}.
   */
  private static WarningSign warning(String id, Triage triage, Source source) {
    String key = "warning." + id.substring(id.indexOf('.') + 1);
    return new WarningSign(
        id, triage, MusculoskeletalTexts.text(key + ".message"), MusculoskeletalTexts.text(key + ".watchFor"), source);
  }
}
