/**
 * Recumbent benchmarks: JMH benchmarks of the assessor beside its physical floor, the allocation
 * probe behind the CI guard, and the cold-start and batch drivers.
 *
 * <p>The module is {@code open} because JMH instantiates the generated benchmark classes and
 * their {@code @State} objects reflectively. The generated code lives in
 * {@code org.recumbent.benchmarks.jmh_generated}, inside this module. The runnable
 * {@code target/benchmarks.jar} is a shaded class-path jar, where this descriptor does not apply;
 * the descriptor is what compiles, and what the tests run against.
 */
open module org.recumbent.benchmarks {
  requires org.recumbent.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires jmh.core;
  requires jdk.management;

  uses org.recumbent.spi.ConditionPlugin;
}
