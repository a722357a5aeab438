package org.recumbent.conditions.musculoskeletal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;

/**
 * The plain texts people read, from {@code musculoskeletal.properties} beside this class.
 *
 * <p>Texts live in a resource file rather than in code so that translators work on one file; the
 * file is read once, in UTF-8, when the class loads. The lookup is relative to this class, so it
 * works on the class path and inside the named module alike.
 *
 * @since 0.1
 */
final class MusculoskeletalTexts {

  /** The resource name, relative to this package. */
  static final String RESOURCE = "musculoskeletal.properties";

  private static final Properties TEXTS = load();

  private MusculoskeletalTexts() {}

  /**
   * Return the text for a key.
   *
   * @param key the key in {@code musculoskeletal.properties}; never {@code null}
   * @return the text; never {@code null} or blank
   * @throws IllegalStateException if the key is missing or blank, which is a packaging bug
   */
  static String text(String key) {
    requireNonNull(key, "key");
    String value = TEXTS.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("musculoskeletal plugin: no text for '" + key + "' in " + RESOURCE);
    }
    return value;
  }

  /**
   * Return every key in the file.
   *
   * @return the keys, unmodifiable; never {@code null}
   */
  static Set<String> keys() {
    return Collections.unmodifiableSet(TEXTS.stringPropertyNames());
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = MusculoskeletalTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("musculoskeletal plugin: " + RESOURCE + " is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("musculoskeletal plugin: cannot read " + RESOURCE, e);
    }
    return p;
  }
}
