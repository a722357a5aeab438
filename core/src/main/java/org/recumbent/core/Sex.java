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

  /** The wire names by ordinal, made once (a report read from JSON looks its sex up by name). */
  private static final String[] WIRE_NAMES =
      Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

  /** The allowed wire values, comma separated, for error messages. */
  public static final String ALLOWED =
      Arrays.stream(WIRE_NAMES).collect(Collectors.joining(", "));

  /**
   * Return the wire-format name ({@code "female"}, {@code "male"}, {@code "other"}, {@code "unknown"}).
   *
   * @return the lower-case name; never {@code null}
   */
  public String wireName() {
    return WIRE_NAMES[ordinal()];
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
