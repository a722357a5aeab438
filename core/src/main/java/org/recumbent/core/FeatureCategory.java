package org.recumbent.core;

/**
 * The kind of a feature, which decides how it is asked and how urgently.
 *
 * @since 0.1
 */
public enum FeatureCategory {
  /** When the discomfort comes and how long it lasts. */
  TIMING("timing"),
  /** What it feels like. */
  QUALITY("quality"),
  /** Where it is. */
  LOCATION("location"),
  /** What eases it. */
  RELIEF("relief"),
  /** What makes it worse. */
  AGGRAVATOR("aggravator"),
  /** What can be seen or felt on the legs. */
  SIGN("sign"),
  /** A finding that needs urgent care whatever else is going on. Asked first. */
  RED_FLAG("redflag"),
  /** Medical history, medicines and risk factors. */
  HISTORY("history");

  private final String prefix;

  FeatureCategory(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Return the id prefix that standard features of this category use, such as {@code "redflag"}.
   *
   * @return the prefix, without the dot; never {@code null}
   */
  public String prefix() {
    return prefix;
  }
}
