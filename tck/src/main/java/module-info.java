/**
 * The Recumbent contract test kit: the {@link org.recumbent.tck.ConditionPluginContract} every
 * condition plugin runs, random report generators with shrinking, and fixture reports.
 *
 * <p>Add {@code recumbent-tck} with test scope and implement the contract in one test class.
 *
 * @uses org.recumbent.spi.ConditionPlugin
 */
module org.recumbent.tck {
  requires transitive org.recumbent.core;
  requires transitive org.junit.jupiter.api;
  // QuickTheories 0.26 has no Automatic-Module-Name; the name comes from quicktheories-0.26.jar.
  requires transitive quicktheories;

  exports org.recumbent.tck;
  // JUnit reflects on the contract's default @Test methods.
  opens org.recumbent.tck;

  uses org.recumbent.spi.ConditionPlugin;
}
