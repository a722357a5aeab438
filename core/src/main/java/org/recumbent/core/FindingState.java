package org.recumbent.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What is known about one feature: present, absent, or unknown.
 *
 * <p>"Absent" is information; "unknown" is not. A feature a report does not mention is unknown;
 * a feature explicitly answered "unknown" is also unknown for scoring, but counts as asked.
 *
 * @since 0.1
 */
public enum FindingState {
  PRESENT,
  ABSENT,
  UNKNOWN;

  /** The allowed wire values, comma separated, for error messages. */
  public static final String ALLOWED =
      Arrays.stream(values()).map(FindingState::wireName).collect(Collectors.joining(", "));

  /**
   * Return the wire-format name ({@code "present"}, {@code "absent"}, {@code "unknown"}).
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
   * @return the state, or empty when {@code value} is not one of {@link #ALLOWED}
   */
  public static Optional<FindingState> fromWireName(String value) {
    for (FindingState state : values()) {
      if (state.wireName().equals(value)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
