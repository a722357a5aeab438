package org.recumbent.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;

/**
 * The standard vocabulary v1 of DESIGN.md: every id, in order. Texts live in
 * {@code org/recumbent/internal/vocabulary.properties}.
 */
public final class StandardFeatures {

  /** Every standard feature id, in the order DESIGN.md lists them. */
  public static final List<String> IDS = List.of(
      // Timing
      "timing.worse_lying_down", "timing.worse_evening_night", "timing.wakes_from_sleep",
      "timing.at_rest_sitting", "timing.sudden_episodes", "timing.constant",
      "timing.walking_pain_relieved_by_rest", "timing.morning_stiffness_short",
      "timing.after_prolonged_standing",
      // Quality
      "quality.burning", "quality.aching_dull", "quality.throbbing", "quality.heavy",
      "quality.crawling_pulling_itching", "quality.urge_to_move", "quality.tingling_pins_needles",
      "quality.stabbing_electric", "quality.numbness", "quality.muscle_tightening",
      "quality.radiating_from_back",
      // Location
      "location.feet_toes", "location.calf", "location.thigh", "location.hip_knee_joint",
      "location.buttock_back_of_leg", "location.both_legs_symmetric", "location.one_leg_only",
      "location.stocking_distribution",
      // Relief and aggravation
      "relief.dangling_legs", "relief.elevating_legs", "relief.walking_moving",
      "relief.stretching_muscle", "relief.changing_position", "aggravator.elevating_legs",
      "aggravator.lying_on_side_joint", "aggravator.spine_posture", "aggravator.cough_sneeze",
      "aggravator.bedclothes_touch",
      // Signs
      "sign.skin_pale", "sign.skin_shiny_hairless", "sign.skin_discolored", "sign.nonhealing_sores",
      "sign.foot_cold", "sign.weak_or_absent_pulses", "sign.ankle_swelling", "sign.varicose_veins",
      "sign.brown_skin_near_ankles", "sign.joint_swelling_stiffness", "sign.joint_crepitus",
      "sign.leg_weakness", "sign.black_tissue", "sign.one_leg_swollen", "sign.calf_tender",
      // Red flags
      "redflag.sudden_cold_pale_painful_leg", "redflag.sudden_weakness_or_paralysis",
      "redflag.saddle_numbness", "redflag.bladder_bowel_change", "redflag.one_leg_swollen_warm_red",
      "redflag.chest_pain_breathless", "redflag.fever", "redflag.hot_swollen_joint",
      "redflag.recent_trauma",
      // History and risk factors
      "history.smoking", "history.diabetes", "history.hypertension", "history.high_cholesterol",
      "history.heart_disease_or_stroke", "history.kidney_disease", "history.iron_deficiency",
      "history.pregnancy", "history.family_rls", "history.recent_immobility_surgery_travel",
      "history.active_cancer", "history.previous_dvt", "history.alcohol_heavy",
      "history.b12_deficiency", "history.chemotherapy", "history.back_problems",
      "history.arthritis_diagnosed", "history.diuretics", "history.antidepressants_antihistamines",
      "history.prolonged_standing_job", "history.dehydration_or_heavy_exercise");

  private StandardFeatures() {}

  /**
   * Load the standard features with texts for a locale.
   *
   * @param locale the locale
   * @return id to feature, in order
   * @throws IllegalStateException if the bundle lacks a text
   */
  public static Map<String, Feature> load(Locale locale) {
    ResourceBundle bundle = Messages.bundle("org.recumbent.internal.vocabulary", locale);
    Map<String, Feature> out = new LinkedHashMap<>();
    for (String id : IDS) {
      out.put(id, new Feature(id, categoryOf(id), text(bundle, id + ".question"), text(bundle, id + ".description")));
    }
    return out;
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("vocabulary bundle lacks '" + key + "'", e);
    }
  }

  /**
   * Return the category of a standard id from its prefix.
   *
   * @param id a standard id
   * @return the category
   */
  public static FeatureCategory categoryOf(String id) {
    String prefix = id.substring(0, id.indexOf('.'));
    for (FeatureCategory c : FeatureCategory.values()) {
      if (c.prefix().equals(prefix)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no category for " + id);
  }
}
