package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recumbent.core.Triage;

/**
 * A warning sign a plugin watches for: when it fires, the assessment is triaged at least at its
 * level, and its message is shown.
 *
 * <p>Signs of one plugin with the same {@code watchFor} text are levels of one concern: they are
 * one entry to watch for, under the most urgent, and when several fire, a less urgent one is left
 * out of the assessment's warnings once a more urgent one fired.
 *
 * <p>A sign may also declare kinds of relief ({@link ReliefTags}) unsafe while it stands, as a
 * condition can ({@link ConditionDescriptor#unsafeReliefTags()}): for example, no massage of a leg
 * that may hold a blood clot. When it fires, advice with such a tag is never given; it is listed
 * under "avoid" with the reason, as is the kind of relief itself.
 *
 * @param id the warning id, namespaced by the plugin id, such as {@code vascular.acute_limb_ischemia}
 * @param triage the level of care it demands; never {@code null}
 * @param message what a person reads when it fires, plain and calm; never {@code null} or blank
 * @param watchFor what a person should watch for, shown before it fires; never {@code null} or blank
 * @param source where the rule comes from; never {@code null}
 * @param unsafeReliefTags the kinds of relief unsafe while it stands, each with the plain reason, in
 *     the order declared; never {@code null}
 * @since 0.1
 */
public record WarningSign(String id, Triage triage, String message, String watchFor, Source source,
    Map<String, String> unsafeReliefTags) {

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
    requireNonNull(unsafeReliefTags, "unsafeReliefTags");
    checkArgument(ConditionDescriptor.ID.matcher(id).matches(),
        "warning id '%s' must look like 'plugin.name' in lower case", id);
    checkArgument(!message.isBlank(), "warning %s needs a message", id);
    checkArgument(!watchFor.isBlank(), "warning %s needs a watch-for text", id);
    Map<String, String> copy = new LinkedHashMap<>();
    unsafeReliefTags.forEach((tag, reason) -> {
      requireNonNull(tag, "reliefTag");
      requireNonNull(reason, "reason");
      checkArgument(!tag.isBlank() && !reason.isBlank(),
          "warning %s: the relief tag '%s' needs a plain reason", id, tag);
      copy.put(tag, reason);
    });
    unsafeReliefTags = Collections.unmodifiableMap(copy);
  }

  /**
   * Create a warning sign that makes no relief unsafe.
   *
   * @param id the warning id, namespaced by the plugin id
   * @param triage the level of care it demands
   * @param message what a person reads when it fires
   * @param watchFor what a person should watch for, shown before it fires
   * @param source where the rule comes from
   * @throws IllegalArgumentException if the id is malformed or a text is blank
   */
  public WarningSign(String id, Triage triage, String message, String watchFor, Source source) {
    this(id, triage, message, watchFor, source, Map.of());
  }

  /**
   * Return a copy that also declares a kind of relief unsafe while this sign stands.
   *
   * @param reliefTag one of {@link ReliefTags}, or a tag of the plugin's own; never {@code null}
   * @param reason the plain reason a person reads; never {@code null} or blank
   * @return a new warning sign; never {@code null}
   * @throws IllegalArgumentException if the reason is blank
   */
  public WarningSign withUnsafeRelief(String reliefTag, String reason) {
    Map<String, String> tags = new LinkedHashMap<>(unsafeReliefTags);
    tags.put(requireNonNull(reliefTag, "reliefTag"), requireNonNull(reason, "reason"));
    return new WarningSign(id, triage, message, watchFor, source, tags);
  }
}
