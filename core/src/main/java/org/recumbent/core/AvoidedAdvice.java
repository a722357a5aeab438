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
 * @param becauseOf what makes it unsafe: the conditions of concern, by id, or the warning signs that
 *     fired, by id (such as a possible blood clot, which makes massage unsafe); never {@code null}
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
