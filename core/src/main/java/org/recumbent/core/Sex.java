package org.recumbent.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sex a person reports, as the wire format spells it.
 *
 * @since 0.1
 */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN;

  /** The allowed wire values, comma separated, for error messages. */
  public static final String ALLOWED =
      Arrays.stream(values()).map(Sex::wireName).collect(Collectors.joining(", "));

  /**
   * Return the wire-format name ({@code "female"}, {@code "male"}, {@code "other"}, {@code "unknown"}).
   *
   * @return the lower-case name; never {@code null}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parse a wire-format name.
   *
   * @param value the exact lower-case name; never {@code null}
   * @return the sex, or empty when {@code value} is not one of {@link #ALLOWED}
   */
  public static Optional<Sex> fromWireName(String value) {
    for (Sex sex : values()) {
      if (sex.wireName().equals(value)) {
        return Optional.of(sex);
      }
    }
    return Optional.empty();
  }
}
