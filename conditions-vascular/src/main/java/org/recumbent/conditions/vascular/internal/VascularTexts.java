package org.recumbent.conditions.vascular.internal;

import org.recumbent.spi.support.PluginTexts;

/**
 * The plain texts people read, from {@code vascular.properties} beside this class.
 *
 * <p>Texts live in a resource file rather than in code so that translators work on one file; the
 * file is read once, in UTF-8, when the class loads.
 *
 * @since 0.1
 */
public final class VascularTexts {

  private static final PluginTexts TEXTS =
      PluginTexts.load("vascular", "vascular", VascularTexts.class::getResourceAsStream);

  private VascularTexts() {}

  /**
   * Return the text for a key.
   *
   * @param key the key in {@code vascular.properties}; never {@code null}
   * @return the text; never {@code null} or blank
   * @throws IllegalStateException if the key is missing or blank, which is a packaging bug
   */
  public static String text(String key) {
    return TEXTS.text(key);
  }
}
