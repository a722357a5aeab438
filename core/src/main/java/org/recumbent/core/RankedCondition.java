package org.recumbent.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.recumbent.internal.FrozenList;

/**
 * One entry of the differential: a condition, how likely it is, and why.
 *
 * @param condition the condition id, such as {@code vascular.pad}; never {@code null}
 * @param name the plain name; never {@code null}
 * @param probability the probability in [0, 1]; conditions are not mutually exclusive
 * @param supporting findings that raised it; never {@code null}
 * @param conflicting findings that lowered it; never {@code null}
 * @param icd10 the ICD-10-CM code; never {@code null}
 * @param snomed the SNOMED CT concept id, if known; never {@code null}
 * @since 0.1
 */
public record RankedCondition(String condition, String name, double probability, List<String> supporting,
    List<String> conflicting, String icd10, Optional<String> snomed) {

  /** Create an entry, copying the lists. */
  public RankedCondition {
    requireNonNull(condition, "condition");
    requireNonNull(name, "name");
    supporting = FrozenList.copyOf(supporting);
    conflicting = FrozenList.copyOf(conflicting);
    requireNonNull(icd10, "icd10");
    requireNonNull(snomed, "snomed");
  }
}
