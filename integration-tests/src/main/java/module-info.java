/**
 * Recumbent's integration tests: properties over every installed plugin, clinical stories and
 * fuzz tests. The module holds no main code; its tests run on the class path.
 */
module org.recumbent.it {
  requires org.recumbent.core;
}
