package org.recumbent.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.Question;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.core.Warning;
import org.recumbent.core.WatchFor;

@DisplayName("the UTF-8 assessment writer")
class Utf8AssessmentWriterTests {

  private static final JsonFactory JACKSON = new JsonFactory();
  private final WireFormat wire = WireFormat.of(Vocabulary.standard());

  @Test
  @DisplayName("writes the bytes Jackson's UTF-8 generator writes, for 3000 assessments of random text")
  void sameBytesAsJackson() {
    SplittableRandom random = new SplittableRandom(20261127L);
    for (int i = 0; i < 3000; i++) {
      AggregatedAssessment a = randomAssessment(random);
      byte[] expected = jackson(a);
      assertArrayEquals(expected, wire.writeAssessmentBytes(a), () -> "assessment " + a);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wire.writeAssessment(a, out);
      assertArrayEquals(expected, out.toByteArray());
    }
  }

  @Test
  @DisplayName("writes the UTF-8 of the text form when no text holds a surrogate")
  void sameAsTextWithoutSurrogates() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 500; i++) {
      AggregatedAssessment a = randomAssessment(random, false);
      assertEquals(wire.writeAssessment(a), new String(wire.writeAssessmentBytes(a), StandardCharsets.UTF_8));
    }
  }

  @Test
  @DisplayName("gives the same bytes when the thread's reused buffer grew before, or stayed small, whatever came first")
  void reusedBufferDoesNotLeak() {
    SplittableRandom random = new SplittableRandom(11L);
    String big = "x".repeat(20_000);
    String huge = "y".repeat(100_000);
    for (int i = 0; i < 60; i++) {
      AggregatedAssessment a = switch (i % 3) {
        case 0 -> AggregatedAssessment.builder().triage(Triage.CONSULTATION, big + i).disclaimer("d").build();
        case 1 -> AggregatedAssessment.builder().triage(Triage.CONSULTATION, huge + i).disclaimer("d").build();
        default -> randomAssessment(random);
      };
      assertArrayEquals(jackson(a), wire.writeAssessmentBytes(a), () -> "assessment " + a);
    }
  }

  @Test
  @DisplayName("writes every probability of four decimals, and the numbers around them, as Jackson does")
  void everyFourDecimalProbability() {
    for (int k = 0; k <= 10_000; k++) {
      double p = k / 10_000.0;
      for (double d : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
        if (d < 0 || d > 1) {
          continue;
        }
        AggregatedAssessment a = AggregatedAssessment.builder().triage(Triage.SELF_CARE, "t")
            .differential(List.of(new RankedCondition("c", "n", d, List.of(), List.of(), "I", Optional.empty())))
            .disclaimer("d").build();
        assertArrayEquals(jackson(a), wire.writeAssessmentBytes(a), () -> "probability " + d);
      }
    }
  }

  private static AggregatedAssessment randomAssessment(SplittableRandom r) {
    return randomAssessment(r, true);
  }

  private static AggregatedAssessment randomAssessment(SplittableRandom r, boolean surrogates) {
    AggregatedAssessment.Builder b = AggregatedAssessment.builder();
    b.triage(triage(r), "See " + text(r, surrogates));
    b.outOfScope(r.nextBoolean());
    List<RankedCondition> differential = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      differential.add(new RankedCondition(text(r, surrogates), text(r, surrogates), probability(r),
          texts(r, surrogates), texts(r, surrogates), text(r, surrogates),
          r.nextBoolean() ? Optional.of(text(r, surrogates)) : Optional.empty()));
    }
    b.differential(differential);
    List<Warning> warnings = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      warnings.add(new Warning(text(r, surrogates), triage(r), text(r, surrogates), texts(r, surrogates)));
    }
    b.warnings(warnings);
    List<Advice> advice = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      advice.add(new Advice(text(r, surrogates), text(r, surrogates), texts(r, surrogates)));
    }
    b.advice(advice);
    List<AvoidedAdvice> avoid = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      avoid.add(new AvoidedAdvice(text(r, surrogates), text(r, surrogates), text(r, surrogates), texts(r, surrogates)));
    }
    b.avoid(avoid);
    List<WatchFor> watch = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      watch.add(new WatchFor(text(r, surrogates), triage(r), text(r, surrogates)));
    }
    b.watchFor(watch);
    List<Question> questions = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      String feature = text(r, surrogates);
      List<String> features = new ArrayList<>();
      features.add(feature);
      features.addAll(texts(r, surrogates));
      Question.Kind kind = features.size() == 1 ? Question.Kind.SINGLE
          : r.nextBoolean() ? Question.Kind.GROUP : Question.Kind.CHECKLIST;
      questions.add(new Question(feature, text(r, surrogates), features, r.nextBoolean(), kind));
    }
    b.nextQuestions(questions);
    List<PluginFailure> failures = new ArrayList<>();
    for (int i = r.nextInt(2); i > 0; i--) {
      failures.add(new PluginFailure(text(r, surrogates), text(r, surrogates)));
    }
    b.failedPlugins(failures);
    b.notes(texts(r, surrogates));
    b.disclaimer("Not a diagnosis. " + text(r, surrogates));
    return b.build();
  }

  private static Triage triage(SplittableRandom r) {
    Triage[] all = Triage.values();
    return all[r.nextInt(all.length)];
  }

  private static double probability(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> 0.0;
      case 1 -> 1.0;
      case 2 -> r.nextDouble() * 1e-6;
      case 3 -> Double.MIN_VALUE;
      default -> r.nextDouble();
    };
  }

  private static List<String> texts(SplittableRandom r, boolean surrogates) {
    List<String> out = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      out.add(text(r, surrogates));
    }
    return out;
  }

  /** Text from every class of character: plain, escaped, control, Latin-1, BMP, pairs and lone surrogates. */
  private static String text(SplittableRandom r, boolean surrogates) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(r.nextInt(10) == 0 ? 700 : 24);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(surrogates ? 10 : 7);
      switch (kind) {
        case 0, 1, 2 -> sb.append((char) (0x20 + r.nextInt(0x60)));
        case 3 -> sb.append((char) r.nextInt(0x20));
        case 4 -> sb.append("\"\\/\u007f".charAt(r.nextInt(4)));
        case 5 -> sb.append((char) (0x80 + r.nextInt(0x780)));
        case 6 -> sb.append((char) (0x800 + r.nextInt(0xD800 - 0x800)));
        case 7 -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
        case 8 -> sb.append((char) (0xD800 + r.nextInt(0x800)));
        default -> sb.append((char) (0xE000 + r.nextInt(0x2000)));
      }
    }
    return sb.toString();
  }

  /** The assessment written by WireFormat's Jackson path with Jackson's UTF-8 generator. */
  private static byte[] jackson(AggregatedAssessment a) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JACKSON.createGenerator(out)) {
      WireFormat.writeAssessment(a, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

}
