package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("standard output that cannot be written")
class OutputFailureTests {

  /** Each command, with the input it reads. */
  static List<List<String>> commands() {
    String stories = Cli.storiesJsonl();
    return List.of(
        List.of("", "assess", Cli.report("pad").toString()),
        List.of(Cli.read(Cli.report("pad")), "assess", "--format", "text"),
        List.of(stories, "batch"),
        List.of(stories, "simulate", "--max-questions", "3"),
        List.of("n\nq\n", "interview"),
        List.of("", "conditions"),
        List.of("", "vocabulary"),
        List.of("", "batch", "--help"),
        List.of("", "--help"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  @DisplayName("makes every command exit 1 with one line saying so, the reason included")
  void failingStream(List<String> command) {
    Cli.Run r = run(new Full(0), command);
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of(name(command) + ": cannot write standard output: No space left on device"), r.errLines());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  @DisplayName("is noticed behind a PrintStream such as System.out, which keeps the failure to itself")
  void failingPrintStream(List<String> command) {
    Cli.Run r = run(new PrintStream(new Full(0), false, StandardCharsets.UTF_8), command);
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of(name(command) + ": cannot write standard output"), r.errLines());
  }

  @Test
  @DisplayName("stops batch at once, without reading the rest of its input, also when it fails after a while")
  void batchStops() {
    for (OutputStream out : List.of(new Full(100_000), new PrintStream(new Full(100_000), false, StandardCharsets.UTF_8))) {
      Lines in = new Lines(Cli.lines(Cli.storiesJsonl()).get(0), 100_000);
      Cli.Run r = Cli.runTo(out, in, "batch", "--threads", "2");
      assertEquals(1, r.exit(), r.err());
      assertEquals(1, r.errLines().size(), r.err());
      assertTrue(in.served < 5_000, in.served + " lines read");
    }
  }

  private static Cli.Run run(OutputStream out, List<String> command) {
    byte[] input = command.get(0).getBytes(StandardCharsets.UTF_8);
    return Cli.runTo(out, new ByteArrayInputStream(input), command.subList(1, command.size()).toArray(String[]::new));
  }

  private static String name(List<String> command) {
    return command.get(1).startsWith("-") ? "recumbent" : "recumbent " + command.get(1);
  }

  /** A disk with room for {@code room} bytes: any write beyond fails, as on /dev/full. */
  private static final class Full extends OutputStream {
    private long room;

    Full(long room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        room = 0;
        throw new IOException("No space left on device");
      }
      room -= len;
    }
  }

  /** The same line, {@code count} times, made as it is read; counts the lines served. */
  private static final class Lines extends InputStream {
    private final byte[] line;
    private final int count;
    private int pos;
    int served;

    Lines(String line, int count) {
      this.line = (line + "\n").getBytes(StandardCharsets.UTF_8);
      this.count = count;
    }

    @Override
    public int read() {
      if (served == count) {
        return -1;
      }
      int b = line[pos++];
      if (pos == line.length) {
        pos = 0;
        served++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served == count) {
        return -1;
      }
      int n = 0;
      while (n < len && served < count) {
        b[off + n++] = (byte) read();
      }
      return n;
    }
  }
}
