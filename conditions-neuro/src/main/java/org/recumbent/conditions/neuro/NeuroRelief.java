package org.recumbent.conditions.neuro;

import java.util.List;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;

/**
 * Relief advice for restless legs and nerve pain: the seed's own (walking and stretching for RLS,
 * a warm bath) and the well-established additions a clinician would give. Every strategy is
 * tagged with {@link ReliefTags} so that any condition that makes a kind of relief unsafe (for
 * example heat with arterial disease or neuropathy) catches it. The texts people read are in
 * {@code neuro.properties}.
 */
final class NeuroRelief {

  // --- Restless legs -----------------------------------------------------------------------------

  static final ReliefStrategy RLS_WALK_STRETCH = strategy("neuro.rls_walk_and_stretch")
      .forConditions(RlsModel.ID)
      .tags(ReliefTags.WALKING, ReliefTags.STRETCHING)
      .source(NeuroSources.SEED_RLS_MOVEMENT)
      .build();

  static final ReliefStrategy RLS_IRON_CHECK = strategy("neuro.rls_iron_check")
      .forConditions(RlsModel.ID)
      .tags(ReliefTags.MEDICAL_REVIEW)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "Allen et al., IRLSSG evidence-based and consensus guidelines for the iron treatment of RLS, "
              + "Sleep Med 2018;41:27-44: measure ferritin and transferrin saturation; treat with iron "
              + "when ferritin is 75 micrograms per litre or less; also the seed's \"Impaired iron storage "
              + "in specific brain regions is also implicated.\""))
      .build();

  static final ReliefStrategy RLS_EVENING_HABITS = strategy("neuro.rls_evening_habits")
      .forConditions(RlsModel.ID)
      .tags(ReliefTags.SLEEP_HYGIENE)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "NICE Clinical Knowledge Summaries, Restless legs syndrome: lifestyle advice on sleep hygiene "
              + "and on reducing caffeine, alcohol and smoking; not checked against the original here"))
      .build();

  static final ReliefStrategy RLS_MASSAGE_DISTRACTION = strategy("neuro.rls_massage_or_distraction")
      .forConditions(RlsModel.ID)
      .tags(ReliefTags.MASSAGE)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "NICE Clinical Knowledge Summaries, Restless legs syndrome: leg massage and mentally alerting "
              + "activities (such as puzzles) during times of boredom or inactivity may ease symptoms; not "
              + "checked against the original here"))
      .build();

  static final ReliefStrategy RLS_MEDICINES_REVIEW = strategy("neuro.rls_medicines_review")
      .forConditions(RlsModel.ID)
      .tags(ReliefTags.MEDICAL_REVIEW)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "NICE Clinical Knowledge Summaries, Restless legs syndrome: review drugs that may cause or worsen "
              + "symptoms (antidepressants, antipsychotics, antihistamines, metoclopramide); not checked "
              + "against the original here"))
      .build();

  static final ReliefStrategy RLS_WARM_BATH = strategy("neuro.rls_warm_bath")
      .forConditions(RlsModel.ID)
      .tags(ReliefTags.HEAT)
      .source(NeuroSources.SEED_WARM_BATH)
      .build();

  // --- Neuropathy --------------------------------------------------------------------------------

  static final ReliefStrategy FOOT_CHECK = strategy("neuro.check_feet_daily")
      .forConditions(NeuropathyModel.ID)
      .tags(ReliefTags.FOOT_CARE)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "IWGDF 2023 guidelines on the prevention of foot ulcers in persons with diabetes, and NICE NG19: "
              + "people with loss of protective sensation should inspect their feet daily; not checked "
              + "against the originals here"))
      .build();

  static final ReliefStrategy FOOT_PROTECT = strategy("neuro.protect_feet")
      .forConditions(NeuropathyModel.ID)
      .tags(ReliefTags.FOOT_CARE)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "IWGDF 2023 prevention guideline: do not walk barefoot, wear fitting footwear, check water "
              + "temperature; not checked against the original here"))
      .build();

  static final ReliefStrategy BLOOD_SUGAR = strategy("neuro.keep_blood_sugar_in_range")
      .forConditions(NeuropathyModel.ID)
      .tags(ReliefTags.MEDICAL_REVIEW)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "Pop-Busui et al., Diabetic neuropathy: a position statement by the American Diabetes "
              + "Association, Diabetes Care 2017;40:136-154: optimise glucose control to prevent or delay "
              + "neuropathy; not checked against the original here"))
      .build();

  static final ReliefStrategy TREATABLE_CAUSES = strategy("neuro.ask_about_treatable_causes")
      .forConditions(NeuropathyModel.ID)
      .tags(ReliefTags.MEDICAL_REVIEW)
      .source(Source.unverified(Source.Kind.GUIDELINE,
          "England et al., AAN practice parameter, Neurology 2009;72:185-192: blood glucose, vitamin B12 "
              + "and serum protein immunofixation are the highest-yield screening tests in distal symmetric "
              + "polyneuropathy; not checked against the original here"))
      .build();

  /** Every strategy, in the order the descriptor lists them. */
  static final List<ReliefStrategy> ALL = List.of(
      RLS_WALK_STRETCH, RLS_IRON_CHECK, RLS_EVENING_HABITS, RLS_MASSAGE_DISTRACTION, RLS_MEDICINES_REVIEW,
      RLS_WARM_BATH, FOOT_CHECK, FOOT_PROTECT, BLOOD_SUGAR, TREATABLE_CAUSES);

  private NeuroRelief() {}

  /**
   * Start a strategy whose text is {@code relief.<name>} in {@code neuro.properties}, where
   * the id is {@code <plugin>.<name>}.
   */
  private static ReliefStrategy.Builder strategy(String id) {
    String name = id.substring(id.indexOf('.') + 1);
    return ReliefStrategy.builder(id).text(NeuroTexts.text("relief." + name));
  }
}
