package org.recumbent.conditions.vascular.internal;

/**
 * The sentences of the seed text, "Why Do My Legs Ache When Lying Down?", that the vascular
 * content comes from, quoted exactly so that every condition, strategy and warning sign can be
 * traced back to its sentence.
 *
 * @since 0.1
 */
public final class SeedText {

  /** The opening of the seed, naming circulation as one of the three processes. */
  public static final String PROCESSES = "The symptom is linked to several distinct underlying processes, "
      + "primarily involving changes in circulation, nerve activity, or musculoskeletal alignment.";

  /** Lying flat removes the help of gravity. */
  public static final String GRAVITY_REMOVED = "The shift from an upright position to lying flat removes the "
      + "beneficial effect of gravity on blood flow, which can expose underlying circulatory issues.";

  /** PAD defined. */
  public static final String PAD_DEFINED = "A serious cause of this pain is advanced Peripheral Artery Disease "
      + "(PAD), where plaque buildup narrows the arteries, severely limiting oxygen-rich blood supply to the "
      + "lower limbs.";

  /** Standing helps arterial flow. */
  public static final String STANDING_HELPS = "When standing, gravity helps pull blood through the narrowed "
      + "arteries down to the feet and legs.";

  /** Lying flat puts the legs level with the heart. */
  public static final String LEGS_LEVEL_WITH_HEART = "Lying down places the legs on the same level as the heart, "
      + "requiring blood to flow horizontally without gravity\u2019s assistance.";

  /** Perfusion pressure falls. */
  public static final String PERFUSION_FALLS = "This drastically reduces perfusion pressure, causing a severe "
      + "lack of oxygen.";

  /** The rest pain: burning ache in the feet or toes that wakes a person. */
  public static final String REST_PAIN = "This lack of oxygen causes ischemic rest pain, often manifesting as an "
      + "intense, burning ache in the feet or toes that wakes a person from sleep.";

  /** Relief by dangling the legs. */
  public static final String DANGLING_RELIEF = "Relief is often achieved by sitting up and dangling the legs over "
      + "the side of the bed, allowing gravity to restore minimal blood flow.";

  /** CVI introduced. */
  public static final String CVI_INTRODUCED = "In contrast, Chronic Venous Insufficiency (CVI) can also cause "
      + "nocturnal discomfort.";

  /** CVI defined. */
  public static final String CVI_DEFINED = "CVI occurs when the one-way valves within the leg veins become damaged, "
      + "allowing blood to flow backward and pool in the lower legs.";

  /** CVI symptoms. */
  public static final String CVI_SENSATION = "This pooling increases pressure in the veins, leading to a heavy, "
      + "throbbing, or aching sensation.";

  /** Elevation helps CVI; lying flat can worsen it. */
  public static final String CVI_ELEVATION_AND_LYING_FLAT = "While elevating the legs typically helps with venous "
      + "pooling, some individuals with CVI find that lying flat can sometimes worsen the feeling of congestion "
      + "or throbbing.";

  /** CVI worse in the evening. */
  public static final String CVI_EVENING = "This occurs because weakened veins struggle to return blood to the "
      + "heart effectively, leading to pain that intensifies in the evening hours.";

  /** Lifestyle adjustments that improve circulation. */
  public static final String LIFESTYLE = "Addressing leg aches when lying down often involves lifestyle "
      + "adjustments aimed at improving circulation and muscle health.";

  /** Head of the bed raised or feet hanging down, for PAD. */
  public static final String PAD_SLEEP_POSITION = "If the pain is due to severe PAD, sleeping with the head of the "
      + "bed slightly elevated, or hanging the feet over the edge of the bed, uses gravity to assist blood flow.";

  /** Legs slightly above heart level, for venous disease. */
  public static final String VENOUS_ELEVATION = "For venous issues, elevating the legs slightly above heart level "
      + "before sleep can help drain pooled fluid.";

  /** Some signs need immediate consultation. */
  public static final String SIGNS_NEED_CONSULTATION = "It is important to recognize signs that require immediate "
      + "medical consultation, as leg pain when resting can indicate a serious condition.";

  /** The critical-limb-ischemia signs. */
  public static final String CLI_SIGNS = "If the pain is consistently severe, burning, and accompanied by symptoms "
      + "such as the skin becoming pale, shiny, or discolored, or if non-healing sores develop, medical attention "
      + "is necessary.";

  /** Critical limb ischemia is urgent. */
  public static final String CLI_URGENT = "These symptoms can signal advanced PAD or critical limb ischemia, which "
      + "requires urgent diagnosis and treatment.";

  private SeedText() {}
}
