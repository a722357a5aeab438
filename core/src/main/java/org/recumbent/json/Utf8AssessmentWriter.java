package org.recumbent.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.Question;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Warning;
import org.recumbent.core.WatchFor;
import org.recumbent.internal.AssessmentAccess;
import org.recumbent.internal.EncodedTexts;
import org.recumbent.internal.JsonStrings;

/**
 * Writes an assessment as compact UTF-8 JSON straight into a byte array, with the bytes Jackson's
 * UTF-8 generator writes for the same calls: the same field order; a backslash and {@code b t n f r}
 * for those five control characters, a backslash before {@code "} and the backslash itself, and a
 * backslash, {@code u} and four upper-case hex digits for the other control characters; every other
 * character below U+0080 as itself, UTF-8 for the rest except surrogates, each written as a
 * backslash-u escape; numbers as {@link Double#toString(double)}, a non-finite one as a string.
 *
 * <p>One writer per assessment written, on one thread. Field names and punctuation are byte
 * arrays built once; only the buffer is allocated per assessment (a small one passed on to the
 * stream whenever it fills, or one that grows when the bytes are returned).
 */
final class Utf8AssessmentWriter {


  private static final byte[] START = ascii("{\"schemaVersion\":" + WireFormat.SCHEMA_VERSION + ",\"triage\":");
  private static final byte[] TRIAGE_MESSAGE = ascii(",\"triageMessage\":");
  private static final byte[] OUT_OF_SCOPE = ascii(",\"outOfScope\":");
  private static final byte[] DIFFERENTIAL = ascii(",\"differential\":[");
  private static final byte[] CONDITION = ascii("{\"condition\":");
  private static final byte[] NAME = ascii(",\"name\":");
  private static final byte[] PROBABILITY = ascii(",\"probability\":");
  private static final byte[] SUPPORTING = ascii(",\"supporting\":[");
  private static final byte[] CONFLICTING = ascii(",\"conflicting\":[");
  private static final byte[] CODES_ICD10 = ascii(",\"codes\":{\"icd10\":");
  private static final byte[] SNOMED = ascii(",\"snomed\":");
  private static final byte[] WARNINGS = ascii(",\"warnings\":[");
  private static final byte[] ID = ascii("{\"id\":");
  private static final byte[] TRIAGE = ascii(",\"triage\":");
  private static final byte[] MESSAGE = ascii(",\"message\":");
  private static final byte[] TRIGGERED_BY = ascii(",\"triggeredBy\":[");
  private static final byte[] ADVICE = ascii(",\"advice\":[");
  private static final byte[] TEXT = ascii(",\"text\":");
  private static final byte[] FOR_CONDITIONS = ascii(",\"forConditions\":[");
  private static final byte[] AVOID = ascii(",\"avoid\":[");
  private static final byte[] REASON = ascii(",\"reason\":");
  private static final byte[] BECAUSE_OF = ascii(",\"becauseOf\":[");
  private static final byte[] WATCH_FOR = ascii(",\"watchFor\":[");
  private static final byte[] NEXT_QUESTIONS = ascii(",\"nextQuestions\":[");
  private static final byte[] FEATURE = ascii("{\"feature\":");
  private static final byte[] QUESTION = ascii(",\"question\":");
  private static final byte[] FEATURES = ascii(",\"features\":[");
  private static final byte[] RED_FLAG = ascii(",\"redFlag\":");
  /** {@code ,"kind":"single"} and so on, by {@link Question.Kind#ordinal()}: the kind's name in lower case. */
  private static final byte[][] KINDS = kinds();
  private static final byte[] FAILED_PLUGINS = ascii(",\"failedPlugins\":[");
  private static final byte[] PLUGIN = ascii("{\"plugin\":");
  private static final byte[] NOTES = ascii(",\"notes\":[");
  private static final byte[] DISCLAIMER = ascii(",\"disclaimer\":");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");

  /** The buffer size when writing to a stream: the buffer is passed on whenever it fills. */
  private static final int STREAM_BUFFER = 2048;
  /** The first buffer size when returning bytes: most assessments fit, so it grows rarely. */
  private static final int BYTES_BUFFER = 8192;
  /** The largest buffer a thread keeps for the next call, so a rare huge assessment is not held on to. */
  private static final int MAX_KEPT_BUFFER = 1 << 16;
  /**
   * Each thread's buffer for {@link #toBytes}, reused from call to call as Jackson's
   * {@code BufferRecycler} reuses its buffers: the result is copied out of it, so the buffer
   * itself is never seen by a caller.
   */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[BYTES_BUFFER]);

  private static final AssessmentAccess ACCESS = AssessmentAccess.get();

  private final @Nullable OutputStream sink;
  /** The texts of the engine that made the assessment, already encoded. */
  private EncodedTexts texts = EncodedTexts.none();
  private byte[] buf;
  private int len;

  private Utf8AssessmentWriter(@Nullable OutputStream sink, byte[] buffer) {
    this.sink = sink;
    buf = buffer;
  }

  /**
   * Write an assessment to a stream, through one small buffer.
   *
   * @param a the assessment
   * @param out the stream; not flushed
   * @throws IOException if the stream fails
   */
  static void write(AggregatedAssessment a, OutputStream out) throws IOException {
    Utf8AssessmentWriter w = new Utf8AssessmentWriter(out, new byte[STREAM_BUFFER]);
    try {
      w.assessment(a);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.write(w.buf, 0, w.len);
  }

  /**
   * Return an assessment's bytes.
   *
   * @param a the assessment
   * @return compact UTF-8 JSON
   */
  static byte[] toBytes(AggregatedAssessment a) {
    byte[] scratch = SCRATCH.get();
    Utf8AssessmentWriter w = new Utf8AssessmentWriter(null, scratch);
    w.assessment(a);
    byte[] out = Arrays.copyOf(w.buf, w.len);
    if (w.buf != scratch && w.buf.length <= MAX_KEPT_BUFFER) {
      SCRATCH.set(w.buf); // grown: keep the larger buffer
    }
    return out;
  }

  private void assessment(AggregatedAssessment a) {
    texts = ACCESS.texts(a);
    raw(START);
    string(a.triage().name());
    raw(TRIAGE_MESSAGE);
    string(a.triageMessage());
    raw(OUT_OF_SCOPE);
    raw(a.outOfScope() ? TRUE : FALSE);
    raw(DIFFERENTIAL);
    List<RankedCondition> differential = a.differential();
    for (int i = 0; i < differential.size(); i++) {
      RankedCondition c = differential.get(i);
      comma(i);
      raw(CONDITION);
      string(c.condition());
      raw(NAME);
      string(c.name());
      raw(PROBABILITY);
      number(c.probability());
      raw(SUPPORTING);
      strings(c.supporting());
      raw(CONFLICTING);
      strings(c.conflicting());
      raw(CODES_ICD10);
      string(c.icd10());
      if (c.snomed().isPresent()) {
        raw(SNOMED);
        string(c.snomed().get());
      }
      ascii('}');
      ascii('}');
    }
    ascii(']');
    raw(WARNINGS);
    List<Warning> warnings = a.warnings();
    for (int i = 0; i < warnings.size(); i++) {
      Warning w = warnings.get(i);
      comma(i);
      raw(ID);
      string(w.id());
      raw(TRIAGE);
      string(w.triage().name());
      raw(MESSAGE);
      string(w.message());
      raw(TRIGGERED_BY);
      strings(w.triggeredBy());
      ascii('}');
    }
    ascii(']');
    raw(ADVICE);
    List<Advice> advice = a.advice();
    for (int i = 0; i < advice.size(); i++) {
      Advice ad = advice.get(i);
      comma(i);
      raw(ID);
      string(ad.id());
      raw(TEXT);
      string(ad.text());
      raw(FOR_CONDITIONS);
      strings(ad.forConditions());
      ascii('}');
    }
    ascii(']');
    raw(AVOID);
    List<AvoidedAdvice> avoid = a.avoid();
    for (int i = 0; i < avoid.size(); i++) {
      AvoidedAdvice av = avoid.get(i);
      comma(i);
      raw(ID);
      string(av.id());
      raw(TEXT);
      string(av.text());
      raw(REASON);
      string(av.reason());
      raw(BECAUSE_OF);
      strings(av.becauseOf());
      ascii('}');
    }
    ascii(']');
    raw(WATCH_FOR);
    List<WatchFor> watchFor = a.watchFor();
    for (int i = 0; i < watchFor.size(); i++) {
      WatchFor wf = watchFor.get(i);
      comma(i);
      raw(ID);
      string(wf.id());
      raw(TRIAGE);
      string(wf.triage().name());
      raw(TEXT);
      string(wf.text());
      ascii('}');
    }
    ascii(']');
    raw(NEXT_QUESTIONS);
    List<Question> questions = a.nextQuestions();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      comma(i);
      raw(FEATURE);
      string(q.feature());
      raw(QUESTION);
      string(q.question());
      raw(FEATURES);
      strings(q.features());
      raw(RED_FLAG);
      raw(q.redFlag() ? TRUE : FALSE);
      raw(KINDS[q.kind().ordinal()]);
      ascii('}');
    }
    ascii(']');
    raw(FAILED_PLUGINS);
    List<PluginFailure> failures = a.failedPlugins();
    for (int i = 0; i < failures.size(); i++) {
      PluginFailure f = failures.get(i);
      comma(i);
      raw(PLUGIN);
      string(f.plugin());
      raw(MESSAGE);
      string(f.message());
      ascii('}');
    }
    ascii(']');
    raw(NOTES);
    strings(a.notes());
    raw(DISCLAIMER);
    string(a.disclaimer());
    ascii('}');
  }

  /** Write the strings and the closing bracket of an array whose opening bracket is written. */
  private void strings(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      comma(i);
      string(values.get(i));
    }
    ascii(']');
  }

  private void comma(int index) {
    if (index > 0) {
      ascii(',');
    }
  }

  /** Make room for {@code extra} bytes: pass the buffer on to the stream, or grow it. */
  private void ensure(int extra) {
    if (extra <= buf.length - len) {
      return;
    }
    if (sink != null && len > 0) {
      try {
        sink.write(buf, 0, len);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      len = 0;
      if (extra <= buf.length) {
        return;
      }
    }
    buf = Arrays.copyOf(buf, Math.max(len + extra, buf.length * 2));
  }

  private void raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  private void ascii(char c) {
    ensure(1);
    buf[len++] = (byte) c;
  }

  /**
   * Write a number as Jackson does ({@code Double.toString}). The engine rounds probabilities to
   * four decimals ({@code k / 10,000}); from 0.001 to 1 those are written digit by digit, the
   * characters {@code Double.toString} gives for them (a test compares every one), without its
   * general conversion, which is slow and is the largest method the JIT compiles for a batch.
   */
  private void number(double d) {
    if (d >= 0.001 && d <= 1.0) {
      long k = Math.round(d * 10_000);
      if (k / 10_000.0 == d) {
        fourDecimals((int) k);
        return;
      }
    }
    String s = Double.toString(d);
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      string(s);
      return;
    }
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  /** Write {@code k / 10,000} for {@code k} from 10 to 10,000: "1.0", or "0." and the digits without trailing zeros. */
  private void fourDecimals(int k) {
    ensure(6);
    byte[] b = buf;
    int at = len;
    if (k == 10_000) {
      b[at++] = '1';
      b[at++] = '.';
      b[at++] = '0';
    } else {
      b[at++] = '0';
      b[at++] = '.';
      int digits = 4;
      int v = k;
      while (v % 10 == 0) {
        v /= 10;
        digits--;
      }
      for (int i = digits - 1; i >= 0; i--) {
        b[at + i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      at += digits;
    }
    len = at;
  }

  private void string(String s) {
    byte[] encoded = texts.get(s);
    if (encoded != null) {
      raw(encoded);
      return;
    }
    ensure(JsonStrings.maxBytes(s.length()));
    len = JsonStrings.write(s, buf, len);
  }

  private static byte[][] kinds() {
    Question.Kind[] kinds = Question.Kind.values();
    byte[][] out = new byte[kinds.length][];
    for (Question.Kind k : kinds) {
      out[k.ordinal()] = ascii(",\"kind\":\"" + k.name().toLowerCase(Locale.ROOT) + "\"");
    }
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
