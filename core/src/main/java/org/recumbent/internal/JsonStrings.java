package org.recumbent.internal;

/**
 * Encodes a text as a JSON string in UTF-8, quotes included, with the bytes Jackson's UTF-8
 * generator writes for it: a backslash and {@code b t n f r} for those five control characters, a
 * backslash before {@code "} and the backslash itself, a backslash, {@code u} and four upper-case
 * hex digits for the other control characters; every other character below U+0080 as itself,
 * UTF-8 for the rest except surrogates, each written as a backslash-u escape.
 *
 * <p>The assessment writer encodes with it, and so does {@link EncodedTexts}, so a text written
 * from the table has the same bytes as one encoded as it is written.
 */
public final class JsonStrings {

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  /** Which characters below U+0080 are written as themselves. */
  private static final boolean[] PLAIN = new boolean[0x80];

  static {
    for (char c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  private JsonStrings() {}

  /**
   * Return the most bytes {@link #write} writes for a text of this many characters: six a
   * character (an escape) and the two quotes.
   *
   * @param length the text's length in characters
   * @return the bound
   */
  public static int maxBytes(int length) {
    return 6 * length + 2;
  }

  /**
   * Write a text as a quoted JSON string.
   *
   * @param s the text; never {@code null}
   * @param b the buffer, with room for {@link #maxBytes maxBytes(s.length())} bytes from {@code o}
   * @param o where to start writing
   * @return where the string ends (the index after its closing quote)
   */
  public static int write(String s, byte[] b, int o) {
    int n = s.length();
    b[o++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (PLAIN[c]) {
          b[o++] = (byte) c;
        } else {
          o = escape(b, o, c);
        }
      } else if (c < 0x800) {
        b[o++] = (byte) (0xC0 | (c >> 6));
        b[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        b[o++] = (byte) (0xE0 | (c >> 12));
        b[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[o++] = (byte) (0x80 | (c & 0x3F));
      } else {
        o = unicodeEscape(b, o, c);
      }
    }
    b[o++] = '"';
    return o;
  }

  private static int escape(byte[] b, int o, char c) {
    char shortForm = switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '\b' -> 'b';
      case '\t' -> 't';
      case '\n' -> 'n';
      case '\f' -> 'f';
      case '\r' -> 'r';
      default -> 0;
    };
    if (shortForm == 0) {
      return unicodeEscape(b, o, c);
    }
    b[o++] = '\\';
    b[o++] = (byte) shortForm;
    return o;
  }

  private static int unicodeEscape(byte[] b, int o, char c) {
    b[o++] = '\\';
    b[o++] = 'u';
    b[o++] = HEX[(c >> 12) & 0xF];
    b[o++] = HEX[(c >> 8) & 0xF];
    b[o++] = HEX[(c >> 4) & 0xF];
    b[o++] = HEX[c & 0xF];
    return o;
  }
}
