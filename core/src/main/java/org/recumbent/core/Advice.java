package org.recumbent.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.recumbent.internal.FrozenList;

/**
 * A piece of relief advice that is safe for this person.
 *
 * @param id the relief strategy id; never {@code null}
 * @param text the advice, in plain words; never {@code null}
 * @param forConditions the likely conditions it helps; never {@code null}
 * @since 0.1
 */
public record Advice(String id, String text, List<String> forConditions) {

  /** Create advice, copying the list. */
  public Advice {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    forConditions = FrozenList.copyOf(forConditions);
  }
}
