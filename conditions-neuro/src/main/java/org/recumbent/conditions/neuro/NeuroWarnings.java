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
 * only, whatever else the report says, so a red flag is never argued away.
 */
final class NeuroWarnings {

  /** Sudden weakness, numbness or paralysis of a leg: stroke, spinal cord or nerve emergency. */
  static final WarningSign SUDDEN_WEAKNESS = new WarningSign(
      "neuro.sudden_weakness_or_paralysis",
      Triage.EMERGENCY_AMBULANCE,
      "Your leg has suddenly become weak, numb or hard to move. This can be a sign of a stroke, or of "
          + "pressure on the spinal cord or nerves, and it needs treatment straight away. Call an "
          + "ambulance now.",
      "Call an ambulance if a leg suddenly becomes weak, numb or hard to move, or if your face droops, "
          + "an arm goes weak or your speech changes.",
      Source.unverified(Source.Kind.GUIDELINE,
          "Sudden limb weakness or numbness is a stroke warning sign (NHS and Stroke Association FAST "
              + "campaign: call 999); sudden paralysis also marks spinal cord compression and acute limb "
              + "ischaemia (paralysis is one of the 6 Ps, clinical-sources.md 3.3)"));

  /** New weakness with numbness or tingling: motor nerve involvement to assess soon. */
  static final WarningSign NEW_WEAKNESS_NUMBNESS = new WarningSign(
      "neuro.new_weakness_with_numbness",
      Triage.CONSULTATION_24,
      "Weakness in your leg or foot together with numbness or tingling means the nerves that move the "
          + "muscles may be affected. Please see a doctor within 24 hours so the cause can be found and "
          + "treated early.",
      "See a doctor within 24 hours if your leg or foot becomes weak (for example, your foot drags or you "
          + "trip), or if numbness or tingling spreads up your legs or into your hands.",
      Source.unverified(Source.Kind.GUIDELINE,
          "NICE CKS Neuropathy (peripheral): arrange urgent assessment for rapidly progressive or motor "
              + "symptoms, such as weakness or ascending sensory loss (possible Guillain-Barre syndrome or "
              + "vasculitic neuropathy); not checked against the original here"));

  /** A sore on a numb or diabetic foot: diabetic foot, refer within one working day. */
  static final WarningSign DIABETIC_FOOT = new WarningSign(
      "neuro.foot_wound_not_felt",
      Triage.CONSULTATION_24,
      "A sore on a foot that is numb, or on the foot of someone with diabetes, can get worse or infected "
          + "without much pain. Please have it checked by a doctor, nurse or foot specialist within 24 "
          + "hours.",
      "If you have diabetes or numb feet, have any sore, blister or cut on your foot that is not healing "
          + "checked within 24 hours, and sooner if it becomes red, warm, swollen or smelly.",
      Source.unverified(Source.Kind.GUIDELINE,
          "NICE NG19 Diabetic foot problems (2015, updated 2019): refer a person with an active diabetic "
              + "foot problem (ulceration, infection, ischaemia) to the multidisciplinary foot care service "
              + "within 1 working day; not checked against the original here"));

  /** Every warning sign, in the order the descriptor lists them. */
  static final List<WarningSign> ALL = List.of(SUDDEN_WEAKNESS, NEW_WEAKNESS_NUMBNESS, DIABETIC_FOOT);

  /** Return the trigger of each warning sign, by warning id. */
  static Map<String, Trigger> triggers() {
    Map<String, Trigger> t = new LinkedHashMap<>();
    t.put(SUDDEN_WEAKNESS.id(), Trigger.present("redflag.sudden_weakness_or_paralysis"));
    t.put(NEW_WEAKNESS_NUMBNESS.id(), Trigger.allOf(
        Trigger.present("sign.leg_weakness"),
        Trigger.anyOf("quality.numbness", "quality.tingling_pins_needles")));
    t.put(DIABETIC_FOOT.id(), Trigger.allOf(
        Trigger.present("sign.nonhealing_sores"),
        Trigger.anyOf("quality.numbness", "history.diabetes")));
    return t;
  }

  private NeuroWarnings() {}
}
