package org.recumbent.it.tofix;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.Vocabulary;
import org.recumbent.json.ReportFormatException;
import org.recumbent.json.WireFormat;

/**
 * Known bug found by fuzzing {@code WireFormat.readReport(byte[])}: bytes that Jackson detects as
 * UTF-32 but that hold an invalid code point make it throw {@link java.io.CharConversionException},
 * an {@link IOException} that is not a {@code JsonProcessingException}, so {@code readReport} wraps
 * it in {@link java.io.UncheckedIOException} instead of a {@link ReportFormatException}. When fixed,
 * move {@code tofix/utf32-char-conversion.bin} to {@code ReportParserFuzzTestsInputs/readReport/},
 * drop the known-bug tolerance in {@code ReportParserFuzzTests}, and delete this class.
 */
@DisplayName("Known bug: bytes in a broken UTF-32 encoding escape as UncheckedIOException")
class ReportParserCrashTests {

  @Test
  @DisplayName("rejects the fuzzer's UTF-32 crash input with ReportFormatException")
  @FailureExpected("WireFormat.readReport(byte[]) must turn CharConversionException into ReportFormatException")
  void rejectsBrokenUtf32() throws IOException {
    byte[] crash;
    try (InputStream in = Objects.requireNonNull(
        getClass().getResourceAsStream("/org/recumbent/it/tofix/utf32-char-conversion.bin"))) {
      crash = in.readAllBytes();
    }
    WireFormat json = WireFormat.of(Vocabulary.standard());
    try {
      json.readReport(crash);
    } catch (ReportFormatException expected) {
      return;
    } catch (RuntimeException other) {
      throw new AssertionError("expected ReportFormatException, got " + other, other);
    }
    assertThrows(ReportFormatException.class, () -> json.readReport(crash));
  }
}
