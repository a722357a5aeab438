package org.recumbent.core;

import static java.util.Objects.requireNonNull;

/**
 * A plugin that failed to load or to evaluate, and was left out of the assessment.
 *
 * @param plugin the plugin id, or its class name when the id is unknown; never {@code null}
 * @param message what went wrong; never {@code null}
 * @since 0.1
 */
public record PluginFailure(String plugin, String message) {

  /** Create an entry. */
  public PluginFailure {
    requireNonNull(plugin, "plugin");
    requireNonNull(message, "message");
  }
}
