package org.recumbent.core;

/**
 * What the aggregator does when a plugin fails.
 *
 * @since 0.1
 */
public enum FailurePolicy {
  /**
   * Leave the failed plugin out, name it in {@link AggregatedAssessment#failedPlugins()}, log it,
   * and assess with the rest. The default, for production.
   */
  ISOLATE,
  /** Throw {@link org.recumbent.spi.ConditionPluginException} at once. For tests and CI. */
  FAIL_FAST
}
