package org.recumbent.conditions.neuro;

import java.util.Set;
import org.recumbent.spi.support.PluginTexts;

/**
 * The plain texts people read, from {@code neuro.properties} beside this class.
 *
 * <p>Texts live in a resource file rather than in code so that translators work on one file; the
 * file is read once, in UTF-8, when the class loads. The lookup is relative to this class, so it
 * works on the class path and inside the named module alike.
 *
 * @since 0.1
 */
final class NeuroTexts {

  private static final PluginTexts TEXTS =
      PluginTexts.load("neuro", "neuro", NeuroTexts.class::getResourceAsStream);

  private NeuroTexts() {}

  /**
   * Return the text for a key.
   *
   * @param key the key in {@code neuro.properties}; never {@code null}
   * @return the text; never {@code null} or blank
   * @throws IllegalStateException if the key is missing or blank, which is a packaging bug
   */
  static String text(String key) {
    return TEXTS.text(key);
  }

  /**
   * Return every key in the file.
   *
   * @return the keys, unmodifiable; never {@code null}
   */
  static Set<String> keys() {
    return TEXTS.keys();
  }
}
