package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A code in a standard terminology, with where it was checked.
 *
 * @param system the terminology; never {@code null}
 * @param value the code, such as {@code G25.81}; never {@code null} or blank
 * @param display the term the code stands for; never {@code null} or blank
 * @param verifiedAgainst where the code was confirmed, or empty when it was seen only in
 *     secondary material and is not verified; never {@code null}
 * @since 0.1
 */
public record Code(System system, String value, String display, Optional<String> verifiedAgainst) {

  /** The terminologies Recumbent uses. */
  public enum System {
    /** ICD-10-CM (US clinical modification of ICD-10). */
    ICD10_CM,
    /** SNOMED CT. */
    SNOMED_CT
  }

  /**
   * Create a code.
   *
   * @throws IllegalArgumentException if the value or display is blank
   */
  public Code {
    requireNonNull(system, "system");
    requireNonNull(value, "value");
    requireNonNull(display, "display");
    requireNonNull(verifiedAgainst, "verifiedAgainst");
    checkArgument(!value.isBlank(), "a code needs a value");
    checkArgument(!display.isBlank(), "code %s needs a display term", value);
  }

  /**
   * Create a verified ICD-10-CM code.
   *
   * @param value the code; never {@code null}
   * @param display the term; never {@code null}
   * @param verifiedAgainst where it was confirmed; never {@code null}
   * @return the code; never {@code null}
   */
  public static Code icd10(String value, String display, String verifiedAgainst) {
    return new Code(System.ICD10_CM, value, display, Optional.of(verifiedAgainst));
  }

  /**
   * Create a SNOMED CT code seen only in secondary sources, flagged as not verified.
   *
   * @param value the concept id; never {@code null}
   * @param display the term; never {@code null}
   * @return the code; never {@code null}
   */
  public static Code snomedUnverified(String value, String display) {
    return new Code(System.SNOMED_CT, value, display, Optional.empty());
  }

  /**
   * Return whether the code was confirmed against an authoritative list.
   *
   * @return {@code true} when {@link #verifiedAgainst()} is present
   */
  public boolean isVerified() {
    return verifiedAgainst.isPresent();
  }
}
