package org.recumbent.spi;

/**
 * Standard tags that say what a relief strategy does to the leg, so a condition can declare
 * that a whole kind of advice is unsafe for it, even advice from a plugin it has never heard of.
 *
 * <p>For example, peripheral artery disease declares {@link #LEG_ELEVATION}, {@link #HEAT} and
 * {@link #COMPRESSION} unsafe; any plugin's strategy tagged with one of them is then moved to
 * "avoid" when arterial disease is likely.
 *
 * @since 0.1
 */
public final class ReliefTags {

  /** Raising the legs, especially above the heart. */
  public static final String LEG_ELEVATION = "leg-elevation";
  /** Letting the legs hang down below the heart. */
  public static final String LEG_DEPENDENCY = "leg-dependency";
  /** Hot water bottles, heating pads, very hot baths. */
  public static final String HEAT = "heat";
  /** Cold packs or ice. */
  public static final String COLD = "cold";
  /** Compression stockings or bandages. */
  public static final String COMPRESSION = "compression";
  /** Stretching muscles. */
  public static final String STRETCHING = "stretching";
  /** Walking or moving about. */
  public static final String WALKING = "walking";
  /** Massage. */
  public static final String MASSAGE = "massage";
  /** Changing sleeping position or using pillows. */
  public static final String POSITIONING = "positioning";
  /** Drinking fluids. */
  public static final String HYDRATION = "hydration";
  /** Medicines, supplements or tests that a clinician should guide. */
  public static final String MEDICAL_REVIEW = "medical-review";
  /** Looking after the skin and feet. */
  public static final String FOOT_CARE = "foot-care";
  /** Sleep habits. */
  public static final String SLEEP_HYGIENE = "sleep-hygiene";

  private ReliefTags() {}
}
