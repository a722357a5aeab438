package org.recumbent.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A warning sign that fired, with the findings that fired it.
 *
 * @param warningId the warning, from the plugin's descriptor; never {@code null}
 * @param triggeredBy the present findings that fired it, by feature id; never {@code null} or empty
 * @since 0.1
 */
public record FiredWarning(String warningId, List<String> triggeredBy) {

  /** Create a fired warning, copying the list. */
  public FiredWarning {
    requireNonNull(warningId, "warningId");
    triggeredBy = List.copyOf(triggeredBy);
  }
}
