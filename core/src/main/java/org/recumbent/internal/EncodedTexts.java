package org.recumbent.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON string form ({@link JsonStrings}: quoted, escaped, UTF-8) of the texts an engine puts
 * into every assessment: condition names and codes, advice, reasons, warnings, triage messages,
 * the disclaimer, feature ids. Built once with the engine, from its plugins' catalogue, and never
 * changed, so writing one of these texts is a copy instead of an encoding character by character.
 * A text not in the table (one built for a report, such as joined reasons) is encoded as it is
 * written; both give the same bytes.
 */
public final class EncodedTexts {

  /** Texts shorter than this are encoded as they are written: a look-up would cost about as much. */
  public static final int MIN_LENGTH = 16;

  private static final EncodedTexts NONE = new EncodedTexts(Map.of());

  private final Map<String, byte[]> bytes;

  private EncodedTexts(Map<String, byte[]> bytes) {
    this.bytes = bytes;
  }

  /**
   * Return an empty table.
   *
   * @return the table that holds nothing
   */
  public static EncodedTexts none() {
    return NONE;
  }

  /**
   * Encode some texts; those shorter than {@link #MIN_LENGTH} are left out.
   *
   * @param texts the texts (repeats are fine)
   * @return the table
   */
  public static EncodedTexts of(Iterable<String> texts) {
    Map<String, byte[]> out = new HashMap<>();
    byte[] scratch = new byte[256];
    for (String s : texts) {
      if (s.length() < MIN_LENGTH || out.containsKey(s)) {
        continue;
      }
      int max = JsonStrings.maxBytes(s.length());
      if (scratch.length < max) {
        scratch = new byte[max];
      }
      out.put(s, Arrays.copyOf(scratch, JsonStrings.write(s, scratch, 0)));
    }
    return new EncodedTexts(out);
  }

  /**
   * Return a text's JSON string bytes, if the table holds it.
   *
   * @param s the text
   * @return the bytes, which the caller must not change; or null
   */
  public byte @Nullable [] get(String s) {
    return s.length() < MIN_LENGTH ? null : bytes.get(s);
  }

  /** Return how many texts the table holds. @return the count */
  public int size() {
    return bytes.size();
  }
}
