package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("batch's byte buffer")
class ChunkedLinesTests {

  @Test
  @DisplayName("encodes text as the JDK's UTF-8 encoder does, a lone surrogate as ?")
  void encodesLikeTheJdk() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 5000; i++) {
      String s = text(random);
      ChunkedLines.Utf8Sink sink = new ChunkedLines.Utf8Sink(8);
      sink.write('x');
      sink.encode(s);
      byte[] expected = ("x" + s).getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(expected, Arrays.copyOf(sink.buf, sink.size()), s);
    }
  }

  @Test
  @DisplayName("finds a surrogate escape in JSON exactly when a string held a surrogate")
  void findsSurrogateEscapes() throws IOException {
    JsonFactory json = new JsonFactory();
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 5000; i++) {
      String s = i % 3 == 0 ? "\\uD800 and \\\\uDFFF are text" + text(random) : text(random);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = json.createGenerator(out)) {
        g.writeStartObject();
        g.writeStringField("k", s);
        g.writeEndObject();
      }
      ChunkedLines.Utf8Sink sink = new ChunkedLines.Utf8Sink(8);
      sink.write(new byte[] {'\\', 'u', 'D', '8'}, 0, 4);
      int start = sink.size();
      byte[] bytes = out.toByteArray();
      sink.write(bytes, 0, bytes.length);
      boolean surrogate = s.chars().anyMatch(c -> Character.isSurrogate((char) c));
      assertEquals(surrogate, sink.hasSurrogateEscapeSince(start), s);
    }
  }

  private static String text(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int n = r.nextInt(12); n > 0; n--) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(0x80));
        case 1 -> sb.append((char) (0x80 + r.nextInt(0x780)));
        case 2 -> sb.append((char) (0x800 + r.nextInt(0xD000)));
        case 3 -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
        case 4 -> sb.append(r.nextInt(8) == 0 ? (char) (0xD800 + r.nextInt(0x800)) : '\\');
        default -> sb.append("\\u").append(Integer.toHexString(r.nextInt(0x10000)).toUpperCase());
      }
    }
    return sb.toString();
  }
}
