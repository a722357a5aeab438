package org.recumbent.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Encoded texts")
class EncodedTextsTests {

  private static final JsonFactory JACKSON = new JsonFactory();

  @Test
  @DisplayName("hold, for each text of 16 characters or more, the bytes Jackson writes for it as a JSON string")
  void sameBytesAsJackson() throws IOException {
    SplittableRandom random = new SplittableRandom(20261127L);
    List<String> texts = new ArrayList<>(List.of(
        "Sit up and let your legs hang over the edge of the bed.",
        "a \"quoted\" text \\ with a backslash",
        "tabs\tnew lines\nand\u0001control characters\u001f",
        "caf\u00e9, na\u00efve, \u2013 dashes \u2014, \u20ac 5, \u00b0C",
        "a surrogate pair \ud83e\uddb5 and a lone one \ud800 here"));
    for (int i = 0; i < 2000; i++) {
      texts.add(randomText(random));
    }
    EncodedTexts table = EncodedTexts.of(texts);
    for (String s : texts) {
      byte[] encoded = table.get(s);
      if (s.length() < EncodedTexts.MIN_LENGTH) {
        assertNull(encoded, s);
        continue;
      }
      assertNotNull(encoded, s);
      assertArrayEquals(jackson(s), encoded, s);
      byte[] direct = new byte[JsonStrings.maxBytes(s.length())];
      assertArrayEquals(encoded, Arrays.copyOf(direct, JsonStrings.write(s, direct, 0)), s);
    }
  }

  @Test
  @DisplayName("find a text by its content, and nothing for a text they were not given")
  void byContent() {
    String text = "Check your feet every day for cuts.";
    EncodedTexts table = EncodedTexts.of(List.of(text, text, "short"));
    assertEquals(1, table.size());
    assertNotNull(table.get(new String(text.toCharArray())));
    assertNull(table.get("Check your feet every day for sores."));
    assertNull(table.get("short"));
    assertEquals(0, EncodedTexts.none().size());
    assertNull(EncodedTexts.none().get(text));
  }

  @Test
  @DisplayName("never write more than maxBytes")
  void bound() {
    String worst = "\u0001".repeat(40);
    byte[] b = new byte[JsonStrings.maxBytes(worst.length())];
    assertEquals(b.length, JsonStrings.write(worst, b, 0));
    assertTrue(JsonStrings.maxBytes(0) >= 2);
  }

  private static String randomText(SplittableRandom r) {
    int n = r.nextInt(40);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      char c = kind < 6 ? (char) r.nextInt(0x20, 0x7f)
          : kind < 7 ? (char) r.nextInt(0x20)
          : kind < 8 ? (char) r.nextInt(0x80, 0x800)
          : kind < 9 ? (char) r.nextInt(0x800, 0x10000)
          : (char) r.nextInt(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
      s.append(c);
    }
    return s.toString();
  }

  private static byte[] jackson(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JACKSON.createGenerator(out)) {
      g.writeString(s);
    }
    return out.toByteArray();
  }
}
