package org.recumbent.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.recumbent.spi.ConditionPlugin;

@DisplayName("The contract")
class ConditionPluginContractTests {

  /** The contract applied to one plugin, so each default method can be called directly. */
  private static ConditionPluginContract contractFor(ConditionPlugin plugin) {
    return () -> plugin;
  }

  private static void assertFailsSaying(Executable check, String... fragments) {
    AssertionError e = assertThrows(AssertionError.class, check);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("Fix"), () -> "the failure must say what to fix: " + message);
    for (String f : fragments) {
      assertTrue(message.contains(f), () -> "the failure must mention '" + f + "': " + message);
    }
  }

  @Test
  @DisplayName("fails a descriptor without relief strategy or warning sign, listing each")
  void failsIncompleteDescriptor() {
    assertFailsSaying(contractFor(SamplePlugins.incomplete())::describesItselfCompletely,
        "no relief strategies", "no warning signs", "has no relief strategy");
  }

  @Test
  @DisplayName("fails a plugin that throws for a valid report, naming the report")
  void failsThrowingPlugin() {
    assertFailsSaying(contractFor(SamplePlugins.throwsOnEdgeAge())::answersEveryValidReport,
        "ArithmeticException", "age=120");
  }

  @Test
  @DisplayName("fails a probability above 1")
  void failsOutOfRange() {
    assertFailsSaying(contractFor(SamplePlugins.outOfRange())::givesProbabilitiesInTheUnitInterval, "[0, 1]");
  }

  @Test
  @DisplayName("fails a plugin whose answer changes from call to call")
  void failsNonDeterministic() {
    assertFailsSaying(contractFor(SamplePlugins.nonDeterministic())::isDeterministic, "not deterministic");
  }

  @Test
  @DisplayName("fails a finding that raises the probability whether present or absent")
  void failsNotMonotone() {
    assertFailsSaying(contractFor(SamplePlugins.notMonotone())::isMonotone, "quality.burning", "both raise it");
  }

  @Test
  @DisplayName("fails an explanation naming a feature outside the vocabulary, suggesting the close one")
  void failsForeignFeature() {
    assertFailsSaying(contractFor(SamplePlugins.foreignFeature())::explainsWithVocabularyFeaturesOnly,
        "quality.burnin", "did you mean 'quality.burning'");
  }

  @Test
  @DisplayName("fails a warning that names a finding that is not present")
  void failsUngroundedWarning() {
    assertFailsSaying(contractFor(SamplePlugins.ungroundedWarning())::firesWarningsNamingPresentFindings,
        "redflag.fever", "absent");
  }

  @Test
  @DisplayName("fails a plugin whose answers change when several threads call it")
  void failsNotThreadSafe() {
    assertFailsSaying(contractFor(SamplePlugins.notThreadSafe())::isThreadSafe, "not thread-safe");
  }

  @Test
  @DisplayName("fails a plugin that is not registered as a service")
  void failsUnregistered() {
    assertFailsSaying(contractFor(SamplePlugins.nonDeterministic())::isDiscoverable, "META-INF/services");
  }

  @Test
  @DisplayName("fails a plugin that accepts a null report")
  void failsNullAccepting() {
    assertFailsSaying(contractFor(SamplePlugins.acceptsNull())::rejectsNullReport, "requireNonNull");
  }
}
