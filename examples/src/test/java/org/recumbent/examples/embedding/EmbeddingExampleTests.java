package org.recumbent.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.Triage;

@DisplayName("The embedding example")
class EmbeddingExampleTests {

  @Test
  @DisplayName("finds arterial disease in its example story, with urgent care and no leg-raising advice")
  void assessesTheExample() {
    AggregatedAssessment a = EmbeddingExample.assessExample();
    assertEquals("vascular.pad", a.topCondition().orElseThrow().condition());
    assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), a.triage().name());
    Set<String> avoided = a.avoid().stream().map(AvoidedAdvice::id).collect(Collectors.toSet());
    assertFalse(avoided.isEmpty());
    assertTrue(a.advice().stream().noneMatch(adv -> avoided.contains(adv.id())));
    assertTrue(a.failedPlugins().isEmpty());
  }

  @Test
  @DisplayName("prints the level of care first, then the most likely cause, the advice and the disclaimer")
  void printsWhatAnAppShows() {
    AggregatedAssessment a = EmbeddingExample.assessExample();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.explain(a, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Level of care: " + a.triage() + " - " + a.triageMessage()), out);
    assertTrue(out.contains("Most likely: " + a.topCondition().orElseThrow().name()), out);
    a.advice().forEach(adv -> assertTrue(out.contains("May help: " + adv.text())));
    a.avoid().forEach(av -> assertTrue(out.contains("Avoid: " + av.text() + " Why: " + av.reason())));
    assertTrue(out.strip().endsWith(a.disclaimer()));
  }

  @Test
  @DisplayName("runs as a program")
  void runsMain() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("Level of care: "));
  }
}
