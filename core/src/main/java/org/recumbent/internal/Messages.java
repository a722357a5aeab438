package org.recumbent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Resource bundles and message helpers. */
public final class Messages {

  private static final ResourceBundle ROOT = bundle("org.recumbent.internal.messages", Locale.ROOT);

  private Messages() {}

  /**
   * Load a bundle of this module, falling back to the root bundle, never to the JVM's locale.
   *
   * @param baseName the bundle base name
   * @param locale the locale
   * @return the bundle
   */
  public static ResourceBundle bundle(String baseName, Locale locale) {
    // Loaded by hand rather than through ResourceBundle.getBundle: a Control (to stop fallback to
    // the JVM's default locale) is not supported in named modules, and the result must not depend
    // on the machine's locale. Later files override earlier ones: base, language, language_country.
    Properties merged = new Properties();
    String path = "/" + baseName.replace('.', '/');
    load(merged, path + ".properties", true);
    if (!locale.getLanguage().isEmpty()) {
      load(merged, path + "_" + locale.getLanguage() + ".properties", false);
      if (!locale.getCountry().isEmpty()) {
        load(merged, path + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties", false);
      }
    }
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return merged.getProperty(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(merged.stringPropertyNames());
      }
    };
  }

  private static void load(Properties into, String resource, boolean required) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return;
      }
      into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Return a text from the root messages bundle.
   *
   * @param key the key
   * @return the text
   */
  public static String text(String key) {
    return ROOT.getString(key);
  }

  /**
   * Return whether the root messages bundle has a key.
   *
   * @param key the key
   * @return {@code true} if present
   */
  public static boolean has(String key) {
    return ROOT.containsKey(key);
  }

  /** The most characters of a value from the input that an error message shows. */
  public static final int ECHO_LIMIT = 80;

  /**
   * Return a value from the input the way an error message shows it: {@link #escape escaped}, and
   * cut to its first {@link #ECHO_LIMIT} characters and an ellipsis ({@code …}) when longer. So a
   * message names what was wrong without carrying terminal escape sequences, NUL bytes or pages of
   * text from the input to a terminal or a log.
   *
   * @param value the value as read; never {@code null}
   * @return the value as shown; never {@code null}
   */
  public static String echo(String value) {
    int n = value.length();
    if (n <= ECHO_LIMIT && isPlain(value)) {
      return value;
    }
    StringBuilder sb = new StringBuilder(Math.min(n, ECHO_LIMIT) + 8);
    int shown = 0;
    int i = 0;
    while (i < n && shown < ECHO_LIMIT) {
      int cp = value.codePointAt(i);
      appendShown(sb, cp);
      i += Character.charCount(cp);
      shown++;
    }
    if (i < n) {
      sb.append('\u2026');
    }
    return sb.toString();
  }

  /**
   * Return text with each character that a terminal would act on or not show as an escape (a
   * backslash, {@code u} and four hex digits, as in Java and JSON): control characters (C0, DEL and C1), formatting characters (such as
   * right-to-left overrides and zero-width characters), line and paragraph separators, and lone
   * surrogates. Every other character is kept, so ordinary text in any script reads as it was.
   *
   * @param text the text; never {@code null}
   * @return the text as shown; never {@code null}
   */
  public static String escape(String text) {
    if (isPlain(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      appendShown(sb, cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 || c >= 0x7f) && hidden(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a character (or, for a surrogate, one half of one) is shown escaped. */
  private static boolean hidden(int cp) {
    if (cp < 0x20 || cp == 0x7f) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> true;
      default -> false;
    };
  }

  private static void appendShown(StringBuilder sb, int cp) {
    if (!hidden(cp)) {
      sb.appendCodePoint(cp);
      return;
    }
    for (char c : Character.toChars(cp)) {
      sb.append('\\').append('u')
          .append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Return the candidate closest to {@code input} by edit distance, when close enough to be a typo.
   *
   * @param input the unknown value
   * @param candidates the known values
   * @return the closest, or empty
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(2, input.length() / 4);
    for (String c : candidates) {
      // The distance is at least the difference in length: a candidate that differs by more than
      // is allowed, or by as much as the best so far, can be neither the answer nor a better one.
      // This keeps an unknown id of thousands of characters from costing its length times every id.
      int gap = Math.abs(input.length() - c.length());
      if (gap > allowed || gap >= bestDistance) {
        continue;
      }
      int d = distance(input, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
