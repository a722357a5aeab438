package org.recumbent.spi;

import org.recumbent.core.SymptomReport;

/**
 * A pluggable evaluator that judges one family of conditions in a {@link SymptomReport}.
 *
 * <h2>Construction and registration</h2>
 * Implementations are discovered with {@link java.util.ServiceLoader}: they must be {@code public}
 * with a {@code public} no-argument constructor, listed in
 * {@code META-INF/services/org.recumbent.spi.ConditionPlugin} for the class path and declared with
 * {@code provides org.recumbent.spi.ConditionPlugin with ...} in {@code module-info.java} for the
 * module path. They can also be passed explicitly to
 * {@link org.recumbent.core.ConditionAggregator.Builder#addPlugin(ConditionPlugin)}.
 *
 * <h2>Threading</h2>
 * One instance serves every report, from many threads at once: implementations must be
 * thread-safe and should be stateless.
 *
 * <h2>Contract</h2>
 * {@link #descriptor()} returns the same value on every call. {@link #evaluate(SymptomReport)}
 * must not mutate anything, must be deterministic, must never return {@code null}, must score
 * only conditions from its descriptor with a probability in [0, 1], and must fire only its own
 * warning signs, each naming the present findings that fired it. A plugin that breaks this is
 * isolated by the aggregator and listed in the assessment's {@code failedPlugins}. The
 * {@code recumbent-tck} artifact checks all of it.
 *
 * <p>Evolution: after 1.0, methods are only ever added to this interface as {@code default}
 * methods.
 *
 * @since 0.1
 */
public interface ConditionPlugin {

  /** The version of this SPI; a plugin records the one it was built against in its descriptor. */
  int SPI_VERSION = 1;

  /**
   * Return the descriptor that identifies this plugin and lists its catalogue.
   *
   * @return the descriptor; never {@code null}; the same value on every call
   */
  PluginDescriptor descriptor();

  /**
   * Evaluate the supplied report.
   *
   * @param report the report to evaluate; never {@code null}
   * @return the assessment; never {@code null}
   * @throws NullPointerException if {@code report} is {@code null}
   */
  Assessment evaluate(SymptomReport report);
}
