package org.recumbent.core;

import static java.util.Objects.requireNonNull;

/**
 * A warning sign that has not fired but is worth watching for, given the likely conditions.
 *
 * @param id the warning id; never {@code null}
 * @param triage the level of care it would demand; never {@code null}
 * @param text what to watch for, in plain words; never {@code null}
 * @since 0.1
 */
public record WatchFor(String id, Triage triage, String text) {

  /** Create an entry. */
  public WatchFor {
    requireNonNull(id, "id");
    requireNonNull(triage, "triage");
    requireNonNull(text, "text");
  }
}
