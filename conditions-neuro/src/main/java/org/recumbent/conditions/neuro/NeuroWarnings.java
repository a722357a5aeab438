package org.recumbent.conditions.neuro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recumbent.core.Triage;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.Trigger;

/**
 * The neurological warning signs and the findings that fire them. Each fires on present findings
 * only, whatever else the report says, so a red flag is never argued away. The texts people read
 * are in {@code neuro.properties}.
 */
final class NeuroWarnings {

  /** Sudden weakness, numbness or paralysis of a leg: stroke, spinal cord or nerve emergency. */
  static final WarningSign SUDDEN_WEAKNESS = warning(
      "neuro.sudden_weakness_or_paralysis", Triage.EMERGENCY_AMBULANCE,
      Source.unverified(Source.Kind.GUIDELINE,
          "Sudden limb weakness or numbness is a stroke warning sign (NHS and Stroke Association FAST "
              + "campaign: call 999); sudden paralysis also marks spinal cord compression and acute limb "
              + "ischaemia (paralysis is one of the 6 Ps, clinical-sources.md 3.3)"));

  /** New weakness with numbness or tingling: motor nerve involvement to assess soon. */
  static final WarningSign NEW_WEAKNESS_NUMBNESS = warning(
      "neuro.new_weakness_with_numbness", Triage.CONSULTATION_24,
      Source.unverified(Source.Kind.GUIDELINE,
          "NICE CKS Neuropathy (peripheral): arrange urgent assessment for rapidly progressive or motor "
              + "symptoms, such as weakness or ascending sensory loss (possible Guillain-Barre syndrome or "
              + "vasculitic neuropathy); not checked against the original here"));

  /** A sore on a numb or diabetic foot: diabetic foot, refer within one working day. */
  static final WarningSign DIABETIC_FOOT = warning(
      "neuro.foot_wound_not_felt", Triage.CONSULTATION_24,
      Source.unverified(Source.Kind.GUIDELINE,
          "NICE NG19 Diabetic foot problems (2015, updated 2019): refer a person with an active diabetic "
              + "foot problem (ulceration, infection, ischaemia) to the multidisciplinary foot care service "
              + "within 1 working day; not checked against the original here"));

  /**
   * A foot sore with a fever, or a sore on the foot of a person with diabetes whose foot shows poor
   * blood flow: a limb- or life-threatening foot problem, to be seen in acute services now.
   */
  static final WarningSign FOOT_SORE_EMERGENCY = warning(
      "neuro.foot_sore_emergency", Triage.EMERGENCY,
      Source.guideline(
          "NICE NG19 Diabetic foot problems, 1.3.1: if a person has a limb-threatening or life-threatening "
              + "diabetic foot problem, refer them immediately to acute services; examples include ulceration "
              + "with fever or any signs of sepsis, ulceration with limb ischaemia, and gangrene (read in its "
              + "quotation at https://gpnotebook.com/en-GB/pages/diabetes-and-endocrinology/"
              + "referral-criteria-from-primary-care-diabetic-diabetes-foot). A non-healing sore with a fever "
              + "fires it without diabetes too: an infected leg ulcer with signs of sepsis goes to the emergency "
              + "department (Victoria Department of Health, non-healing lower leg ulcers, "
              + "https://src.health.vic.gov.au/non-healing-or-chronic-lower-leg-ulcers), and fever is the sign of "
              + "sepsis a person can report"));

  /** Every warning sign, in the order the descriptor lists them. */
  static final List<WarningSign> ALL = List.of(SUDDEN_WEAKNESS, NEW_WEAKNESS_NUMBNESS, FOOT_SORE_EMERGENCY,
      DIABETIC_FOOT);

  /** Return the trigger of each warning sign, by warning id. */
  static Map<String, Trigger> triggers() {
    Map<String, Trigger> t = new LinkedHashMap<>();
    t.put(SUDDEN_WEAKNESS.id(), Trigger.present("redflag.sudden_weakness_or_paralysis"));
    t.put(NEW_WEAKNESS_NUMBNESS.id(), Trigger.allOf(
        Trigger.present("sign.leg_weakness"),
        Trigger.anyOf("quality.numbness", "quality.tingling_pins_needles")));
    // NG19 1.3.1: ulceration with fever, or ulceration with limb ischaemia in diabetes.
    t.put(FOOT_SORE_EMERGENCY.id(), Trigger.allOf(
        Trigger.present("sign.nonhealing_sores"),
        Trigger.anyOf(
            Trigger.present("redflag.fever"),
            Trigger.allOf(Trigger.present("history.diabetes"),
                Trigger.anyOf("sign.foot_cold", "sign.skin_pale", "sign.weak_or_absent_pulses")))));
    t.put(DIABETIC_FOOT.id(), Trigger.allOf(
        Trigger.present("sign.nonhealing_sores"),
        Trigger.anyOf("quality.numbness", "history.diabetes")));
    return t;
  }

  private NeuroWarnings() {}

  /**
   * Create a warning sign whose texts are {@code warning.<name>.message} and
   * {@code warning.<name>.watchFor} in {@code neuro.properties}, where the id is
   * {@code <plugin>.<name>}.
   */
  private static WarningSign warning(String id, Triage triage, Source source) {
    String key = "warning." + id.substring(id.indexOf('.') + 1);
    return new WarningSign(
        id, triage, NeuroTexts.text(key + ".message"), NeuroTexts.text(key + ".watchFor"), source);
  }
}
