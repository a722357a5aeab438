package org.recumbent.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.ConditionPlugin;

/**
 * The contract every {@link ConditionPlugin} must satisfy, as JUnit Jupiter tests.
 *
 * <p>To run it, implement this interface in a test class and return a new plugin from
 * {@link #createPlugin()}:
 *
 * <pre>{@code
 * class VascularConditionPluginContractTests implements ConditionPluginContract {
 *   @Override public ConditionPlugin createPlugin() { return new VascularConditionPlugin(); }
 * }
 * }</pre>
 *
 * <p>The properties run {@link ReportGenerators#tries()} random reports each (the system property
 * {@code property.tries}, 1000 by default) over the standard vocabulary plus the plugin's own
 * features, and also every {@linkplain #sampleReports() sample report}. A failure names the plugin,
 * the smallest report that breaks the contract, and what to fix.
 *
 * @since 0.1
 */
public interface ConditionPluginContract {

  /**
   * Create the plugin under test; called once per test.
   *
   * @return a new plugin; never {@code null}
   */
  ConditionPlugin createPlugin();

  /**
   * Supply fixed reports the plugin must handle, besides the random ones.
   *
   * @return the reports; defaults to {@link SampleReports#all()}; never {@code null}
   */
  default List<SymptomReport> sampleReports() {
    return SampleReports.all();
  }

  /**
   * Supply the random reports the properties run on.
   *
   * @param plugin the plugin under test; never {@code null}
   * @return the generator; defaults to {@link ReportGenerators#reportsFor(ConditionPlugin)}; never {@code null}
   */
  default Gen<SymptomReport> reports(ConditionPlugin plugin) {
    return ReportGenerators.reportsFor(plugin);
  }

  /** Check the descriptor. */
  @Test
  @DisplayName("describes itself completely: id, name, codes, sources, advice, warning signs and every text")
  default void describesItselfCompletely() {
    ContractChecks.describesItselfCompletely(createPlugin());
  }

  /** Check that every report gets an answer. */
  @Test
  @DisplayName("answers every valid report without throwing")
  default void answersEveryValidReport() {
    ConditionPlugin plugin = createPlugin();
    ContractChecks.forEveryReport(plugin, sampleReports(), reports(plugin), ContractChecks::answers);
  }

  /** Check the probabilities. */
  @Test
  @DisplayName("gives every declared condition at most one probability, in [0, 1]")
  default void givesProbabilitiesInTheUnitInterval() {
    ConditionPlugin plugin = createPlugin();
    ContractChecks.forEveryReport(plugin, sampleReports(), reports(plugin), ContractChecks::probabilitiesAreBounded);
  }

  /** Check determinism. */
  @Test
  @DisplayName("is deterministic: the same report gives the same assessment, from this or a new instance")
  default void isDeterministic() {
    ConditionPlugin plugin = createPlugin();
    ConditionPlugin other = createPlugin();
    ContractChecks.forEveryReport(plugin, sampleReports(), reports(plugin),
        (p, r) -> ContractChecks.isDeterministic(p, other, r));
  }

  /** Check monotonicity. */
  @Test
  @DisplayName("is monotone: a finding moves a probability one way when present and the other way when absent")
  default void isMonotone() {
    ConditionPlugin plugin = createPlugin();
    ContractChecks.forEveryReport(plugin, sampleReports(), reports(plugin), ContractChecks::isMonotone);
  }

  /** Check the vocabulary of the explanations. */
  @Test
  @DisplayName("explains with features of the vocabulary only: the standard ones and its own")
  default void explainsWithVocabularyFeaturesOnly() {
    ConditionPlugin plugin = createPlugin();
    ContractChecks.forEveryReport(plugin, sampleReports(), reports(plugin), ContractChecks::usesOnlyTheVocabulary);
  }

  /** Check the warnings. */
  @Test
  @DisplayName("fires only declared warning signs, each naming present findings that fired it")
  default void firesWarningsNamingPresentFindings() {
    ConditionPlugin plugin = createPlugin();
    ContractChecks.forEveryReport(plugin, sampleReports(), reports(plugin), ContractChecks::warningsAreGrounded);
  }

  /** Check thread safety. */
  @Test
  @DisplayName("is thread-safe: several threads assessing the same reports at once get the same results")
  default void isThreadSafe() throws InterruptedException {
    ConditionPlugin plugin = createPlugin();
    ContractChecks.isThreadSafe(plugin, sampleReports(), reports(plugin));
  }

  /** Check registration. */
  @Test
  @DisplayName("is discoverable through ServiceLoader: services file and, on the module path, provides")
  default void isDiscoverable() {
    ContractChecks.isDiscoverable(createPlugin());
  }

  /** Check the null policy. */
  @Test
  @DisplayName("rejects a null report with NullPointerException")
  @SuppressWarnings("NullAway")
  default void rejectsNullReport() {
    ConditionPlugin plugin = createPlugin();
    assertThrows(NullPointerException.class, () -> plugin.evaluate(nullReport()),
        () -> "plugin '" + plugin.descriptor().id() + "' must reject a null report with NullPointerException. "
            + "Fix: start evaluate(report) with Objects.requireNonNull(report, \"report\")");
  }

  private static SymptomReport nullReport() {
    return ContractChecks.nullReport();
  }
}
