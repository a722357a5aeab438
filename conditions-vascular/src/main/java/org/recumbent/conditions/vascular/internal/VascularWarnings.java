package org.recumbent.conditions.vascular.internal;

import static org.recumbent.spi.support.Trigger.allOf;
import static org.recumbent.spi.support.Trigger.anyOf;
import static org.recumbent.spi.support.Trigger.atLeast;
import static org.recumbent.spi.support.Trigger.present;
import static org.recumbent.spi.support.Trigger.unlessAllAbsent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recumbent.core.Triage;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.Trigger;

/**
 * The vascular warning signs and the findings that fire them.
 *
 * <p>Every red flag of the vascular family fires on its own, whatever else is reported: a warning
 * is never suppressed by another finding. The one exception is not a red flag: the clot check's
 * path for pain in one leg with a single risk of clots is silent once swelling and tenderness are
 * both reported absent.
 *
 * @since 0.1
 */
public final class VascularWarnings {

  /** Sudden cold, pale, painful leg, or sudden weakness with a cold or pale foot. */
  public static final String ACUTE_LIMB_ISCHEMIA = "vascular.acute_limb_ischemia";
  /** Chest pain or breathlessness: a clot may have reached the lungs. */
  public static final String PULMONARY_EMBOLISM = "vascular.pulmonary_embolism";
  /** One leg swollen, warm and red. */
  public static final String SUSPECTED_DVT = "vascular.suspected_dvt";
  /** One leg swollen, a tender calf, or pain in one calf or thigh, with two Wells items in all. */
  public static final String POSSIBLE_DVT = "vascular.possible_dvt";
  /** One leg swollen or a tender calf in pregnancy. */
  public static final String POSSIBLE_DVT_IN_PREGNANCY = "vascular.possible_dvt_in_pregnancy";
  /**
   * One leg swollen or a tender calf, whatever else is reported, or pain in one calf or thigh with a
   * risk of clots: a clot must be ruled out.
   */
  public static final String LEG_CLOT_CHECK = "vascular.leg_clot_check";
  /** A leg that is cold or pale with weak pulses and weak muscles: its blood supply is threatened. */
  public static final String THREATENED_LIMB = "vascular.threatened_limb";
  /** Rest pain with pale, shiny or discoloured skin, or sores that do not heal. */
  public static final String CRITICAL_LIMB_ISCHEMIA = "vascular.critical_limb_ischemia";
  /** Black tissue: gangrene. */
  public static final String BLACK_TISSUE = "vascular.black_tissue";
  /** A sore that does not heal, with signs of venous disease. */
  public static final String VENOUS_ULCER = "vascular.venous_ulcer";

  private static final String WELLS = "Wells PS et al., Lancet 1997;350:1795 and the modified score, Wells PS "
      + "et al., N Engl J Med 2003;349:1227: one point each for active cancer, recent immobilisation or major "
      + "surgery, localised tenderness along the deep veins, the entire leg swollen, calf swelling and a "
      + "previous DVT; 2 or more means DVT likely";

  /** The signs of a possible clot, which make rubbing, heating or squeezing the leg unsafe until it is checked. */
  private static final List<String> CLOT_SIGNS =
      List.of(SUSPECTED_DVT, POSSIBLE_DVT, POSSIBLE_DVT_IN_PREGNANCY, LEG_CLOT_CHECK);

  /** The kinds of relief a possible clot makes unsafe until a doctor has checked the leg. */
  private static final List<String> UNSAFE_WITH_A_CLOT =
      List.of(ReliefTags.MASSAGE, ReliefTags.HEAT, ReliefTags.COMPRESSION);

  /**
   * Why a possible clot makes massage, heat and compression unsafe, added to each clot sign's
   * source. Not from a trial: kept conservative, as withholding them until the leg is checked costs
   * little.
   */
  static final String CLOT_CARE = "until the leg has been checked, no massage, heat or compression "
      + "(expert estimate, conservative: patient leaflets on suspected DVT advise against rubbing or massaging "
      + "the leg, and NICE NG158 places compression after the diagnosis, as part of treatment)";

  private VascularWarnings() {}

  /**
   * Return the warning signs, most urgent first.
   *
   * @return the warning signs; never {@code null}
   */
  public static List<WarningSign> signs() {
    return List.of(allSigns()).stream().map(VascularWarnings::withClotCare).toList();
  }

  /** A clot sign, with the kinds of relief it makes unsafe; any other sign as it is. */
  private static WarningSign withClotCare(WarningSign w) {
    if (!CLOT_SIGNS.contains(w.id())) {
      return w;
    }
    Source s = w.source();
    WarningSign out = new WarningSign(w.id(), w.triage(), w.message(), w.watchFor(),
        new Source(s.kind(), s.citation() + "; " + CLOT_CARE, s.verified()));
    String key = "warning." + w.id().substring("vascular.".length()) + ".unsafe.";
    for (String tag : UNSAFE_WITH_A_CLOT) {
      out = out.withUnsafeRelief(tag, VascularTexts.text(key + tag));
    }
    return out;
  }

  private static WarningSign[] allSigns() {
    return new WarningSign[] {
        sign(ACUTE_LIMB_ISCHEMIA, Triage.EMERGENCY_AMBULANCE, "acute_limb_ischemia",
            Source.guideline("Acute limb ischemia, the 6 Ps: pain, pallor, poikilothermia, pulselessness, "
                + "paresthesias, paralysis (AccessEmergencyMedicine, "
                + "https://accessemergencymedicine.mhmedical.com/content.aspx?bookid=521&sectionid=41068951); "
                + "Rutherford acute limb ischemia categories IIb and III, sensory and motor loss: immediately "
                + "threatened limb (https://empendium.com/mcmtextbook/table/031_5538)")),
        sign(PULMONARY_EMBOLISM, Triage.EMERGENCY_AMBULANCE, "pulmonary_embolism",
            Source.expertEstimate("chest pain or breathlessness in a person with leg symptoms may be a "
                + "pulmonary embolism from a leg clot, which can be fatal within hours; safety first, so it "
                + "fires on the red flag alone")),
        sign(SUSPECTED_DVT, Triage.EMERGENCY, "suspected_dvt", Source.paper(WELLS
            + "; a swollen, warm, red leg needs same-day assessment, escalated to the emergency department "
            + "because the red flag alone cannot be scored")),
        sign(BLACK_TISSUE, Triage.EMERGENCY, "black_tissue",
            Source.guideline("Rutherford chronic category 6, major tissue loss, and Fontaine stage IV, "
                + "ulceration or gangrene (https://pmc.ncbi.nlm.nih.gov/articles/PMC4232437/table/TB00869-2; "
                + "https://sanomedica.com/peripheral-artery-disease-classification/)")),
        sign(THREATENED_LIMB, Triage.EMERGENCY, "threatened_limb",
            Source.guideline("Rutherford acute limb ischemia categories: a motor deficit with sensory loss is "
                + "category IIb, an immediately threatened limb (https://empendium.com/mcmtextbook/table/031_5538); "
                + "the 6 Ps (pallor, poikilothermia, pulselessness, paralysis). When the onset is not known to be "
                + "sudden, the red flag cannot fire, so a weak leg that is cold or pale with weak pulses fires "
                + "this sign at the emergency level")),
        sign(POSSIBLE_DVT, Triage.EMERGENCY, "possible_dvt", Source.unverified(Source.Kind.GUIDELINE,
            WELLS + " two points or more = DVT likely; NICE NG158 (2020) offers a proximal leg vein "
                + "ultrasound within 4 hours when DVT is likely, which only emergency or same-day urgent care "
                + "can give (not read in the original here)")),
        sign(POSSIBLE_DVT_IN_PREGNANCY, Triage.EMERGENCY, "possible_dvt_in_pregnancy", Source.guideline(
            "RCOG Green-top Guideline No. 37b (2015), Thromboembolic disease in pregnancy and the puerperium: "
                + "acute management, executive summary: any woman with symptoms and/or signs suggestive of VTE "
                + "should have objective testing performed expeditiously, and LMWH until the diagnosis is excluded "
                + "(read in a copy, https://docslib.org/doc/1368491); so one leg sign in pregnancy fires it, "
                + "without a second Wells item, and at the level of a likely DVT")),
        sign(CRITICAL_LIMB_ISCHEMIA, Triage.CONSULTATION_24, "critical_limb_ischemia",
            Source.seed(SeedText.CLI_SIGNS)),
        sign(LEG_CLOT_CHECK, Triage.CONSULTATION_24, "leg_clot_check", Source.guideline(
            "NICE NG158 (2020), 1.1.1-1.1.2: signs or symptoms of DVT, such as a swollen or painful leg, call "
                + "for an assessment and the 2-level DVT Wells score (https://www.nice.org.uk/guidance/ng158/"
                + "chapter/Recommendations); with 1 point or less (DVT unlikely) NG158 still offers a D-dimer test "
                + "within 4 hours and a scan if it is positive (as summarised by secondary sources, not read in the "
                + "original here); NHS, DVT: get an urgent GP appointment with swelling and pain in one leg "
                + "(https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/, read in its copy at "
                + "https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/). So one leg sign "
                + "alone is never left at a booked appointment")),
        sign(VENOUS_ULCER, Triage.CONSULTATION, "venous_ulcer",
            Source.guideline("CEAP clinical class C6, active venous ulcer "
                + "(https://pmc.ncbi.nlm.nih.gov/articles/PMC5886767/table/TB001055-1)"))};
  }

  /**
   * Return the trigger of every warning sign, by warning id.
   *
   * @return warning id to trigger; never {@code null}
   */
  public static Map<String, Trigger> triggers() {
    Map<String, Trigger> t = new LinkedHashMap<>();
    // The 6 Ps: the red flag alone, or sudden weakness with a cold or pale foot.
    t.put(ACUTE_LIMB_ISCHEMIA, anyOf(
        present("redflag.sudden_cold_pale_painful_leg"),
        allOf(present("redflag.sudden_weakness_or_paralysis"), anyOf("sign.foot_cold", "sign.skin_pale"))));
    t.put(PULMONARY_EMBOLISM, present("redflag.chest_pain_breathless"));
    t.put(SUSPECTED_DVT, present("redflag.one_leg_swollen_warm_red"));
    t.put(BLACK_TISSUE, present("sign.black_tissue"));
    // A clot is suspected from one leg sign alone (NICE NG158 1.1.1). Modified Wells: a leg sign,
    // and two points in all (swelling, tenderness, cancer, immobilisation or surgery, previous
    // DVT). In pregnancy it needs testing the same day (RCOG 37b), so the leg sign is enough there
    // for the emergency level.
    // Swelling of one leg: the whole leg or calf, or swollen ankles when only one leg is affected
    // (Wells: pitting oedema confined to the symptomatic leg).
    Trigger oneLegSwelling = anyOf(
        present("sign.one_leg_swollen"),
        allOf("sign.ankle_swelling", "location.one_leg_only"));
    Trigger legSign = anyOf(oneLegSwelling, present("sign.calf_tender"));
    // Pain in one calf or thigh is a symptom of DVT (NHS), too common to fire alone; with a risk of
    // clots it needs the same check, and with two Wells items it is a likely DVT.
    Trigger oneLegPain = allOf(present("location.one_leg_only"), anyOf("location.calf", "location.thigh"));
    Trigger wellsTwo = atLeast(2, oneLegSwelling, present("sign.calf_tender"), present("history.active_cancer"),
        present("history.recent_immobility_surgery_travel"), present("history.previous_dvt"));
    t.put(POSSIBLE_DVT, allOf(anyOf(legSign, oneLegPain), wellsTwo));
    t.put(POSSIBLE_DVT_IN_PREGNANCY, allOf(present("history.pregnancy"), legSign));
    // Pain in one leg with one risk of clots needs the check while a leg sign is not ruled out:
    // once the person says the leg is neither swollen nor tender, an ordinary one-sided cramp in
    // pregnancy or months after an operation is not sent to a doctor within 24 hours (two Wells
    // items still fire the likely-clot sign above).
    t.put(LEG_CLOT_CHECK, anyOf(legSign, unlessAllAbsent(allOf(oneLegPain, anyOf("history.active_cancer",
        "history.recent_immobility_surgery_travel", "history.previous_dvt", "history.pregnancy")),
        "sign.one_leg_swollen", "sign.calf_tender")));
    // Rutherford IIb: a motor deficit in a leg with two signs of poor blood flow.
    t.put(THREATENED_LIMB, allOf(present("sign.leg_weakness"),
        atLeast(2, present("sign.foot_cold"), present("sign.skin_pale"), present("sign.weak_or_absent_pulses"))));
    // Seed: severe, burning rest pain with pale, shiny or discoloured skin, or non-healing sores.
    // Rest pain: burning or aching at night or lying down; relieved by hanging the legs down; or,
    // whatever its quality, at night or lying down in the feet or toes (the seed places ischemic
    // rest pain there) or with a sign of poor arterial flow (Fontaine III).
    Trigger night = anyOf("timing.worse_lying_down", "timing.wakes_from_sleep");
    Trigger restPain = anyOf(
        allOf(anyOf("quality.burning", "quality.aching_dull"), night),
        present("relief.dangling_legs"),
        allOf(night, anyOf("location.feet_toes", "sign.weak_or_absent_pulses", "sign.foot_cold")));
    t.put(CRITICAL_LIMB_ISCHEMIA, allOf(restPain,
        anyOf("sign.skin_pale", "sign.skin_shiny_hairless", "sign.skin_discolored", "sign.nonhealing_sores")));
    t.put(VENOUS_ULCER, allOf(present("sign.nonhealing_sores"),
        anyOf("sign.ankle_swelling", "sign.varicose_veins", "sign.brown_skin_near_ankles")));
    return t;
  }

  private static WarningSign sign(String id, Triage triage, String key, Source source) {
    return new WarningSign(id, triage, VascularTexts.text("warning." + key + ".message"),
        VascularTexts.text("warning." + key + ".watchFor"), source);
  }
}
