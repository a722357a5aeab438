package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VocabularyTests {

  /** The count per category in DESIGN.md's standard vocabulary v1. */
  private static final Map<FeatureCategory, Long> DESIGN_COUNTS = Map.of(
      FeatureCategory.TIMING, 9L, FeatureCategory.QUALITY, 11L, FeatureCategory.LOCATION, 8L,
      FeatureCategory.RELIEF, 5L, FeatureCategory.AGGRAVATOR, 5L, FeatureCategory.SIGN, 15L,
      FeatureCategory.RED_FLAG, 9L, FeatureCategory.HISTORY, 21L);

  @Test
  @DisplayName("every description and question speaks to the person, not about them (both are shown in the interview)")
  void speaksToThePerson() {
    for (Feature f : Vocabulary.standard().features()) {
      for (String text : List.of(f.description(), f.question())) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : List.of("the person", "the patient", "patient's", "person's")) {
          assertFalse(lower.contains(word), f.id() + " says '" + word + "': " + text);
        }
      }
    }
  }

  @Test
  @DisplayName("the standard vocabulary has every id of DESIGN.md, each in its category")
  void everyDesignId() {
    Vocabulary v = Vocabulary.standard();
    assertEquals(83, v.features().size());
    Map<FeatureCategory, Long> counts = v.features().stream()
        .collect(Collectors.groupingBy(Feature::category, Collectors.counting()));
    assertEquals(DESIGN_COUNTS, counts);
    for (String id : List.of("timing.worse_lying_down", "quality.urge_to_move", "location.stocking_distribution",
        "relief.dangling_legs", "aggravator.bedclothes_touch", "sign.calf_tender",
        "redflag.recent_trauma", "history.dehydration_or_heavy_exercise")) {
      assertTrue(v.contains(id), id);
    }
    for (Feature f : v.features()) {
      assertTrue(f.id().startsWith(f.category().prefix() + "."), f.id());
    }
  }

  @Test
  @DisplayName("every feature has a plain question ending in a question mark and a description")
  void texts() {
    for (Feature f : Vocabulary.standard().features()) {
      assertTrue(f.question().endsWith("?"), f.id());
      assertTrue(f.question().length() < 160, f.id() + " question is too long for a person at 3 a.m.");
      assertTrue(!f.description().isBlank(), f.id());
    }
  }

  @Test
  @DisplayName("the nine red flags are marked as red flags")
  void redFlags() {
    assertEquals(9, Vocabulary.standard().redFlags().size());
    assertTrue(Vocabulary.standard().redFlags().stream().allMatch(Feature::isRedFlag));
  }

  @Test
  @DisplayName("a locale without a translation falls back to the English texts")
  void localeFallback() {
    assertEquals(Vocabulary.standard().features(), Vocabulary.standard(Locale.JAPANESE).features());
  }

  @Test
  @DisplayName("adding a feature whose id is taken is an error naming the id")
  void clash() {
    Feature f = new Feature("quality.burning", FeatureCategory.QUALITY, "Burning?", "Burning.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.standard().with(List.of(f)));
    assertTrue(e.getMessage().contains("quality.burning"), e.getMessage());
  }

  @Test
  @DisplayName("an unknown id gets a suggestion when it looks like a typo")
  void suggestion() {
    assertEquals(Optional.of("quality.burning"), Vocabulary.standard().suggest("quality.burnin"));
    assertEquals(Optional.empty(), Vocabulary.standard().suggest("zzz.completely_different_thing"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.standard().check(SymptomReport.builder().present("quality.burnin").build()));
    assertTrue(e.getMessage().contains("'quality.burnin'") && e.getMessage().contains("did you mean 'quality.burning'"),
        e.getMessage());
  }

  @Test
  @DisplayName("the message for an unknown id shows it with control characters escaped and cut to 80 characters")
  void unknownIdIsShownSafely() {
    String message = Vocabulary.standard().unknownFeatureMessage("\u001b[2Jx.\u0000" + "y".repeat(30_000));
    assertTrue(message.startsWith("findings: unknown feature id '\\u001b[2Jx.\\u0000" + "y".repeat(73) + "\u2026'"), message);
    assertTrue(message.length() < 300, message);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SymptomReport.builder().present("\u001b[2J" + "y".repeat(30_000)).build());
    assertTrue(e.getMessage().startsWith("findings: '\\u001b[2J" + "y".repeat(76) + "\u2026' is not a feature id"),
        e.getMessage());
  }

  @Test
  @DisplayName("the message for an unknown id says how to list the ids with the API, not with the command line")
  void unknownIdNamesTheApi() {
    String message = Vocabulary.standard().unknownFeatureMessage("quality.burnin");
    assertTrue(message.endsWith("(Vocabulary.ids() lists them)"), message);
    assertFalse(message.contains("recumbent"), message);
  }

  @Test
  @DisplayName("a report is checked by its answers' feature numbers with the same verdicts and messages as id by id")
  void checkByNumbers() {
    Vocabulary standard = Vocabulary.standard();
    // Numbered (it is in the wider vocabulary) but not a feature of the standard one.
    Vocabulary wider = standard.with(List.of(new Feature("vocabtest.numbered", FeatureCategory.HISTORY,
        "Is this a test?", "A test.")));
    SymptomReport numbered = SymptomReport.builder().present("quality.burning").present("vocabtest.numbered").build();
    wider.check(numbered);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> standard.check(numbered));
    assertTrue(e.getMessage().contains("'vocabtest.numbered'"), e.getMessage());
    // Never numbered: the first unknown id in id order is named.
    SymptomReport two = SymptomReport.builder().present("quality.burning").present("vocabtest.zz_never")
        .absent("vocabtest.aa_never").build();
    e = assertThrows(IllegalArgumentException.class, () -> wider.check(two));
    assertTrue(e.getMessage().contains("'vocabtest.aa_never'"), e.getMessage());
    // Known answers only, directly and through an overlay; an overlay with an unknown id.
    SymptomReport known = SymptomReport.builder().present("quality.burning").absent("relief.dangling_legs").build();
    standard.check(known);
    standard.check(known.with("timing.worse_lying_down", FindingState.PRESENT));
    e = assertThrows(IllegalArgumentException.class,
        () -> standard.check(known.with("vocabtest.numbered", FindingState.ABSENT)));
    assertTrue(e.getMessage().contains("'vocabtest.numbered'"), e.getMessage());
  }

  @Test
  @DisplayName("a feature needs a well-formed id and texts")
  void featureValidation() {
    assertThrows(IllegalArgumentException.class, () -> new Feature("Bad", FeatureCategory.SIGN, "Q?", "D."));
    assertThrows(IllegalArgumentException.class, () -> new Feature("x.y", FeatureCategory.SIGN, " ", "D."));
    assertEquals("x", new Feature("x.y", FeatureCategory.SIGN, "Q?", "D.").namespace());
  }
}
