package org.recumbent.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.recumbent.internal.FrozenList;

/**
 * Relief advice that is unsafe for this person, and why.
 *
 * @param id the relief strategy id; never {@code null}
 * @param text the advice that must not be followed; never {@code null}
 * @param reason why it is unsafe, in plain words; never {@code null}
 * @param becauseOf the likely conditions that make it unsafe; never {@code null}
 * @since 0.1
 */
public record AvoidedAdvice(String id, String text, String reason, List<String> becauseOf) {

  /** Create an entry, copying the list. */
  public AvoidedAdvice {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
    becauseOf = FrozenList.copyOf(becauseOf);
  }
}
