package org.recumbent.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A warning sign that fired.
 *
 * @param id the warning id; never {@code null}
 * @param triage the level of care it demands; never {@code null}
 * @param message what to do, in plain words; never {@code null}
 * @param triggeredBy the present findings that fired it; never {@code null}
 * @since 0.1
 */
public record Warning(String id, Triage triage, String message, List<String> triggeredBy) {

  /** Create a warning, copying the list. */
  public Warning {
    requireNonNull(id, "id");
    requireNonNull(triage, "triage");
    requireNonNull(message, "message");
    triggeredBy = List.copyOf(triggeredBy);
  }
}
