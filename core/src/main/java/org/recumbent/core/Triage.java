package org.recumbent.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one level of care an assessment recommends, from most to least urgent.
 *
 * <p>The declaration order is the urgency order: {@link #EMERGENCY_AMBULANCE} is the most urgent.
 * The levels follow the five-level scale used by published symptom checkers (Infermedica
 * {@code /triage}: emergency_ambulance, emergency, consultation_24, consultation, self_care).
 *
 * @since 0.1
 */
public enum Triage {
  /** Call emergency services now. */
  EMERGENCY_AMBULANCE,
  /** Go to an emergency department now. */
  EMERGENCY,
  /** See a clinician within 24 hours. */
  CONSULTATION_24,
  /** Book an appointment with a clinician. */
  CONSULTATION,
  /** Self-care is reasonable; see a clinician if it persists or worsens. */
  SELF_CARE;

  /** The allowed wire values, comma separated, for error messages. */
  public static final String ALLOWED =
      Arrays.stream(values()).map(Triage::name).collect(Collectors.joining(", "));

  /**
   * Return whether this level is more urgent than {@code other}.
   *
   * @param other the level to compare with; never {@code null}
   * @return {@code true} when this level asks for care sooner
   */
  public boolean isMoreUrgentThan(Triage other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Return whether this level is at least as urgent as {@code other}.
   *
   * @param other the level to compare with; never {@code null}
   * @return {@code true} when this level asks for care at least as soon
   */
  public boolean isAtLeast(Triage other) {
    return ordinal() <= other.ordinal();
  }

  /**
   * Return the more urgent of two levels: when two rules disagree, the more urgent wins.
   *
   * @param a one level; never {@code null}
   * @param b another level; never {@code null}
   * @return the more urgent level; never {@code null}
   */
  public static Triage mostUrgent(Triage a, Triage b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /**
   * Parse a wire-format name such as {@code "CONSULTATION_24"}.
   *
   * @param value the exact name; never {@code null}
   * @return the level, or empty when {@code value} is not one of {@link #ALLOWED}
   */
  public static Optional<Triage> fromWireName(String value) {
    for (Triage t : values()) {
      if (t.name().equals(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
