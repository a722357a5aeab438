package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.recumbent.core.Triage;

/**
 * A warning sign a plugin watches for: when it fires, the assessment is triaged at least at its
 * level, and its message is shown.
 *
 * @param id the warning id, namespaced by the plugin id, such as {@code vascular.acute_limb_ischemia}
 * @param triage the level of care it demands; never {@code null}
 * @param message what a person reads when it fires, plain and calm; never {@code null} or blank
 * @param watchFor what a person should watch for, shown before it fires; never {@code null} or blank
 * @param source where the rule comes from; never {@code null}
 * @since 0.1
 */
public record WarningSign(String id, Triage triage, String message, String watchFor, Source source) {

  /**
   * Create a warning sign.
   *
   * @throws IllegalArgumentException if the id is malformed or a text is blank
   */
  public WarningSign {
    requireNonNull(id, "id");
    requireNonNull(triage, "triage");
    requireNonNull(message, "message");
    requireNonNull(watchFor, "watchFor");
    requireNonNull(source, "source");
    checkArgument(ConditionDescriptor.ID.matcher(id).matches(),
        "warning id '%s' must look like 'plugin.name' in lower case", id);
    checkArgument(!message.isBlank(), "warning %s needs a message", id);
    checkArgument(!watchFor.isBlank(), "warning %s needs a watch-for text", id);
  }
}
