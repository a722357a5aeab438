package org.recumbent.spi;

import static java.util.Objects.requireNonNull;

/**
 * A plugin failed: it threw, returned invalid data, or could not be loaded.
 *
 * @since 0.1
 */
public class ConditionPluginException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pluginId;

  /**
   * Create the exception.
   *
   * @param pluginId the id of the plugin (or its class name when the id is unknown); never {@code null}
   * @param message what went wrong; never {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public ConditionPluginException(String pluginId, String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    this.pluginId = requireNonNull(pluginId, "pluginId");
  }

  /**
   * Return the id of the plugin that failed.
   *
   * @return the id; never {@code null}
   */
  public String pluginId() {
    return pluginId;
  }
}
