package org.recumbent.conditions.vascular;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;

@DisplayName("Every vascular sentence of the seed is traceable")
class SeedTraceabilityTests {

  /** Words that mark a sentence as about circulation, arterial or venous disease, or its warning signs. */
  private static final List<String> VASCULAR_WORDS = List.of("circulat", "blood flow", "arter", "vein", "venous",
      "pad", "cvi", "gravity", "perfusion", "oxygen", "ischemi", "pooling", "elevat", "sores", "pale",
      "medical consultation", "urgent");

  /** Sentences with a vascular word that belong to another plugin, and why. */
  private static final Map<String, String> OWNED_ELSEWHERE = Map.of(
      "Discomfort when lying down is often rooted in neurological activity rather than circulation, particularly "
          + "in Restless Legs Syndrome (RLS).", "restless legs: the neuro plugin",
      "Applying heat or taking a warm bath can also help relax muscles and improve local blood flow.",
      "the heat strategy of the musculoskeletal plugin, which PAD declares unsafe by its tag",
      "Understanding how the body reacts to the horizontal posture is the first step toward finding relief and "
          + "identifying when medical attention is needed.", "introduction, no content of its own");

  private static String seed;
  private static List<String> sentences;

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = SeedTraceabilityTests.class.getResourceAsStream("/seed.txt")) {
      assertTrue(in != null, "seed.txt missing from test resources");
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    sentences = new ArrayList<>();
    for (String paragraph : seed.split("\\R")) {
      for (String s : paragraph.trim().split("(?<=[.!?])\\s+")) {
        if (s.endsWith(".")) {
          sentences.add(s);
        }
      }
    }
  }

  @Test
  @DisplayName("every seed quote in the plugin is a sentence of the seed, word for word")
  void quotesAreExact() {
    Set<String> quotes = seedQuotes();
    assertFalse(quotes.isEmpty());
    for (String q : quotes) {
      assertTrue(sentences.contains(q), "not a seed sentence: " + q);
    }
  }

  @Test
  @DisplayName("every seed sentence about circulation, PAD, CVI or their warning signs is cited")
  void everyVascularSentenceIsCited() {
    Set<String> quotes = seedQuotes();
    List<String> missing = new ArrayList<>();
    int vascular = 0;
    for (String s : sentences) {
      String lower = s.toLowerCase(Locale.ROOT);
      boolean isVascular = VASCULAR_WORDS.stream().anyMatch(w -> w.equals("pad") || w.equals("cvi")
          ? lower.matches(".*\\b" + w + "\\b.*") : lower.contains(w));
      if (isVascular && !OWNED_ELSEWHERE.containsKey(s)) {
        vascular++;
        if (!quotes.contains(s)) {
          missing.add(s);
        }
      }
    }
    assertTrue(vascular >= 15, "found only " + vascular + " vascular sentences; is the seed complete?");
    assertTrue(missing.isEmpty(), "not cited: " + missing);
  }

  private static Set<String> seedQuotes() {
    VascularConditionPlugin plugin = new VascularConditionPlugin();
    PluginDescriptor d = plugin.descriptor();
    List<Source> sources = new ArrayList<>();
    for (ConditionDescriptor c : d.conditions()) {
      sources.addAll(c.sources());
      sources.add(c.triageSource());
    }
    d.reliefStrategies().stream().map(ReliefStrategy::source).forEach(sources::add);
    d.warningSigns().stream().map(WarningSign::source).forEach(sources::add);
    for (EvidenceModel m : plugin.models()) {
      sources.add(m.basePriorSource());
      m.agePriors().forEach(a -> sources.add(a.source()));
      m.sexOdds().forEach(s -> sources.add(s.source()));
      m.criteria().forEach(c -> sources.add(c.source()));
      m.essentials().forEach(e -> sources.add(e.source()));
    }
    Set<String> quotes = new LinkedHashSet<>();
    String prefix = "Seed text: \"";
    for (Source s : sources) {
      if (s.kind() == Source.Kind.SEED) {
        assertTrue(s.citation().startsWith(prefix) && s.citation().endsWith("\""), s.citation());
        quotes.add(s.citation().substring(prefix.length(), s.citation().length() - 1));
      }
    }
    return quotes;
  }
}
