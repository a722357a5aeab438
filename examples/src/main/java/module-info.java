/**
 * Recumbent examples: the {@code recumbent} command-line program and the embedding example.
 *
 * <p>A named module that reads only {@code org.recumbent.core}, so the compiler keeps the
 * examples to the public API. Condition plugins are found at run time through ServiceLoader.
 */
module org.recumbent.examples {
  requires transitive org.recumbent.core;
  requires info.picocli;
  requires com.fasterxml.jackson.core;

  exports org.recumbent.examples.embedding;
  opens org.recumbent.examples.cli to info.picocli;
}
