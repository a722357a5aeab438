package org.recumbent.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.recumbent.internal.FrozenList;

/**
 * How likely one condition is, and which findings moved it.
 *
 * <p>The aggregator checks the probability; a plugin that reports one outside [0, 1], or not a
 * number, is isolated as faulty.
 *
 * @param conditionId the condition, from the plugin's descriptor; never {@code null}
 * @param probability the probability, in [0, 1]
 * @param supporting present or absent findings that raised it, by feature id; never {@code null}
 * @param conflicting findings that lowered it, by feature id; never {@code null}
 * @since 0.1
 */
public record ConditionScore(
    String conditionId, double probability, List<String> supporting, List<String> conflicting) {

  /** Create a score, copying the lists. */
  public ConditionScore {
    requireNonNull(conditionId, "conditionId");
    supporting = FrozenList.copyOf(supporting);
    conflicting = FrozenList.copyOf(conflicting);
  }
}
