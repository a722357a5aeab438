package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionPluginException;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.testing.FakePlugins;

class ConditionAggregatorTests {

  static ConditionAggregator both() {
    return ConditionAggregator.builder()
        .addPlugin(new FakePlugins.Arterial())
        .addPlugin(new FakePlugins.Venous())
        .build();
  }

  static SymptomReport arterialStory() {
    return SymptomReport.builder().age(70).present("relief.dangling_legs").build();
  }

  @Nested
  @DisplayName("ranking and triage")
  class Triaging {

    @Test
    @DisplayName("ranks the differential by probability and copies codes and names")
    void ranks() {
      AggregatedAssessment a = both().assess(arterialStory());
      assertEquals("arterial.disease", a.topCondition().orElseThrow().condition());
      RankedCondition top = a.differential().get(0);
      assertEquals("I70.223", top.icd10());
      assertEquals("399957001", top.snomed().orElseThrow());
      assertEquals(List.of("relief.dangling_legs"), top.supporting());
      assertTrue(top.probability() > a.differential().get(1).probability());
    }

    @Test
    @DisplayName("a likely condition sets its level of care")
    void likelyConditionTriage() {
      assertEquals(Triage.CONSULTATION_24, both().assess(arterialStory()).triage());
    }

    @Test
    @DisplayName("a fired warning raises the triage, whatever else the report says")
    void warningDominates() {
      AggregatedAssessment a = both().assess(SymptomReport.builder()
          .present("relief.elevating_legs", "sign.varicose_veins", "redflag.sudden_cold_pale_painful_leg").build());
      assertEquals(Triage.EMERGENCY_AMBULANCE, a.triage());
      Warning w = a.warnings().get(0);
      assertEquals("arterial.acute", w.id());
      assertEquals(List.of("redflag.sudden_cold_pale_painful_leg"), w.triggeredBy());
    }

    @Test
    @DisplayName("when two rules disagree, the more urgent wins")
    void mostUrgentWins() {
      AggregatedAssessment a = both().assess(SymptomReport.builder()
          .present("relief.dangling_legs", "redflag.one_leg_swollen_warm_red").build());
      assertEquals(Triage.EMERGENCY, a.triage());
    }

    @Test
    @DisplayName("nothing likely and no warning means a clinician should look")
    void unexplained() {
      AggregatedAssessment a = both().assess(SymptomReport.builder().present("timing.worse_lying_down").build());
      assertEquals(Triage.CONSULTATION, a.triage());
      assertFalse(a.notes().isEmpty());
    }

    @Test
    @DisplayName("a report from someone under 18 is answered, out of scope, and sent to a clinician")
    void minor() {
      AggregatedAssessment a = both().assess(SymptomReport.builder().age(12).present("relief.elevating_legs",
          "sign.varicose_veins").build());
      assertTrue(a.outOfScope());
      assertTrue(a.triage().isAtLeast(Triage.CONSULTATION));
      assertFalse(a.differential().isEmpty());
      assertFalse(both().assess(arterialStory()).outOfScope());
    }

    @Test
    @DisplayName("every assessment carries a disclaimer and the meaning of its triage")
    void disclaimer() {
      AggregatedAssessment a = both().assess(SymptomReport.empty());
      assertTrue(a.disclaimer().contains("not a diagnosis"));
      assertFalse(a.triageMessage().isBlank());
    }
  }

  @Nested
  @DisplayName("advice")
  class AdviceRules {

    @Test
    @DisplayName("advice that a likely condition makes unsafe moves to avoid, with the reason")
    void contraindicated() {
      // Both likely: the venous advice would be given, but arterial disease makes two pieces unsafe.
      SymptomReport r = SymptomReport.builder()
          .present("relief.dangling_legs", "sign.varicose_veins").build();
      AggregatedAssessment a = both().assess(r);
      assertTrue(a.condition("arterial.disease").orElseThrow().probability() >= 0.3);
      assertTrue(a.condition("venous.pooling").orElseThrow().probability() >= 0.3);
      List<String> advised = a.advice().stream().map(Advice::id).toList();
      List<String> avoided = a.avoid().stream().map(AvoidedAdvice::id).toList();
      assertFalse(advised.contains("venous.raise_legs"));
      assertFalse(advised.contains("venous.warm_bath"));
      assertTrue(advised.containsAll(List.of("arterial.feet_down", "venous.walk")), advised.toString());
      assertTrue(avoided.containsAll(List.of("venous.raise_legs", "venous.warm_bath")), avoided.toString());
      AvoidedAdvice raise = a.avoid().stream().filter(x -> x.id().equals("venous.raise_legs")).findFirst().orElseThrow();
      assertTrue(raise.reason().contains("blood flow"));
      assertEquals(List.of("arterial.disease"), raise.becauseOf());
      // The kinds already covered by a specific entry are not repeated in general terms.
      assertFalse(avoided.contains("avoid.leg-elevation"), avoided.toString());
      assertFalse(avoided.contains("avoid.heat"), avoided.toString());
    }

    @Test
    @DisplayName("the kinds of relief a likely condition forbids are listed even when nobody suggested them")
    void forbiddenKindsListed() {
      AggregatedAssessment a = both().assess(arterialStory());
      List<String> avoided = a.avoid().stream().map(AvoidedAdvice::id).toList();
      assertEquals(List.of("avoid.heat", "avoid.leg-elevation"), avoided.stream().sorted().toList());
      AvoidedAdvice heat = a.avoid().stream().filter(x -> x.id().equals("avoid.heat")).findFirst().orElseThrow();
      assertTrue(heat.text().contains("hot water bottle"), heat.text());
      assertTrue(heat.reason().contains("burn"), heat.reason());
      assertEquals(List.of("arterial.disease"), heat.becauseOf());
      // Advice for a condition nobody suspects is neither given nor listed.
      assertFalse(avoided.contains("venous.raise_legs"));
      assertTrue(a.advice().stream().noneMatch(x -> x.id().startsWith("venous.")));
    }

    @Test
    @DisplayName("in an emergency, no self-care advice is given")
    void emergencyWithholdsAdvice() {
      AggregatedAssessment a = both().assess(SymptomReport.builder()
          .present("relief.elevating_legs", "sign.varicose_veins", "redflag.one_leg_swollen_warm_red").build());
      assertEquals(Triage.EMERGENCY, a.triage());
      assertTrue(a.advice().isEmpty());
      assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Get help now")), a.notes().toString());
    }

    @Test
    @DisplayName("a plugin that failed contributes no advice and nothing to avoid")
    void failedPluginContributesNothing() {
      ConditionPlugin throwingVenous = new ConditionPlugin() {
        final PluginDescriptor d = new FakePlugins.Venous().descriptor();

        @Override
        public PluginDescriptor descriptor() {
          return d;
        }

        @Override
        public Assessment evaluate(SymptomReport report) {
          throw new IllegalStateException("down");
        }
      };
      AggregatedAssessment clean = ConditionAggregator.builder().addPlugin(new FakePlugins.Arterial()).build()
          .assess(arterialStory());
      AggregatedAssessment a = ConditionAggregator.builder().addPlugin(new FakePlugins.Arterial())
          .addPlugin(throwingVenous).build().assess(arterialStory());
      assertEquals(clean.advice(), a.advice());
      assertEquals(clean.avoid(), a.avoid());
    }

    @Test
    @DisplayName("the same advice is given when arterial disease is unlikely")
    void notContraindicated() {
      AggregatedAssessment a = both().assess(SymptomReport.builder()
          .present("relief.elevating_legs", "sign.varicose_veins").build());
      List<String> advised = a.advice().stream().map(Advice::id).toList();
      assertTrue(advised.containsAll(List.of("venous.raise_legs", "venous.warm_bath", "venous.walk")), advised.toString());
      assertTrue(a.avoid().isEmpty());
      assertEquals(List.of("venous.pooling"), a.advice().get(0).forConditions());
    }

    @Test
    @DisplayName("warning signs of likely conditions that have not fired are listed to watch for")
    void watchFor() {
      AggregatedAssessment a = both().assess(arterialStory());
      assertEquals(List.of("arterial.acute"), a.watchFor().stream().map(WatchFor::id).toList());
    }
  }

  @Nested
  @DisplayName("signs of one plugin that name the same thing to watch for")
  class SharedWatchFor {

    private final ConditionAggregator levels = ConditionAggregator.builder()
        .addPlugin(new FakePlugins.Levels()).addPlugin(new FakePlugins.Arterial()).build();

    @Test
    @DisplayName("are one entry, under the most urgent of them")
    void oneEntry() {
      AggregatedAssessment a = levels.assess(SymptomReport.builder().present("sign.ankle_swelling").build());
      assertEquals(List.of("levels.emergency", "levels.fever"), a.watchFor().stream().map(WatchFor::id).toList());
      assertEquals(Triage.EMERGENCY, a.watchFor().get(0).triage());
      assertEquals(FakePlugins.Levels.SWELLING, a.watchFor().get(0).text());
    }

    @Test
    @DisplayName("are left out once any of them fired; a less urgent one that fired is left out beside a more urgent one")
    void leftOutOnceFired() {
      AggregatedAssessment checked = levels.assess(SymptomReport.builder()
          .present("sign.ankle_swelling", "sign.one_leg_swollen").build());
      assertEquals(List.of("levels.check"), checked.warnings().stream().map(Warning::id).toList());
      assertEquals(List.of("levels.fever"), checked.watchFor().stream().map(WatchFor::id).toList());
      AggregatedAssessment both = levels.assess(SymptomReport.builder()
          .present("sign.ankle_swelling", "sign.one_leg_swollen", "history.recent_immobility_surgery_travel").build());
      assertEquals(List.of("levels.emergency"), both.warnings().stream().map(Warning::id).toList());
      assertEquals(Triage.EMERGENCY, both.triage());
      assertEquals(List.of("levels.fever"), both.watchFor().stream().map(WatchFor::id).toList());
    }

    @Test
    @DisplayName("give the same list with more plugins than the engine keeps a table for")
    void manyPlugins() {
      ConditionAggregator.Builder many = ConditionAggregator.builder()
          .addPlugin(new FakePlugins.Levels()).addPlugin(new FakePlugins.Arterial());
      for (int n = 1; n <= 8; n++) {
        many.addPlugin(new FakePlugins.Rare(n));
      }
      ConditionAggregator wide = many.build();
      for (SymptomReport r : List.of(
          SymptomReport.builder().present("sign.ankle_swelling").build(),
          SymptomReport.builder().present("sign.ankle_swelling", "sign.one_leg_swollen").build(),
          SymptomReport.builder().present("sign.ankle_swelling", "sign.one_leg_swollen",
              "history.recent_immobility_surgery_travel", "redflag.fever").build(),
          SymptomReport.builder().age(70).present("relief.dangling_legs", "sign.ankle_swelling").build())) {
        AggregatedAssessment few = levels.assess(r);
        AggregatedAssessment all = wide.assess(r);
        assertEquals(few.watchFor(), all.watchFor(), r.toString());
        assertEquals(few.warnings(), all.warnings(), r.toString());
      }
    }

    @Test
    @DisplayName("with nothing likely, come from the plugins with a condition of concern: a pain nothing explains keeps a safety net")
    void nothingLikely() {
      SymptomReport r = SymptomReport.builder().present("relief.dangling_legs", "relief.elevating_legs").build();
      AggregatedAssessment a = levels.assess(r);
      assertTrue(a.differential().stream().noneMatch(c -> c.probability() >= levels.likelyThreshold()),
          a.differential().toString());
      assertTrue(a.differential().stream().anyMatch(c -> c.condition().equals("arterial.disease")
          && c.probability() >= levels.cautionThreshold()), a.differential().toString());
      // The arterial plugin's sign only: the swelling plugin's condition is of no concern here.
      assertEquals(List.of("arterial.acute"), a.watchFor().stream().map(WatchFor::id).toList());
      assertEquals(a.watchFor(), wideAggregator().assess(r).watchFor());
    }

    private ConditionAggregator wideAggregator() {
      ConditionAggregator.Builder many = ConditionAggregator.builder()
          .addPlugin(new FakePlugins.Levels()).addPlugin(new FakePlugins.Arterial());
      for (int n = 1; n <= 8; n++) {
        many.addPlugin(new FakePlugins.Rare(n));
      }
      return many.build();
    }

    @Test
    @DisplayName("are kept apart for plugins whose conditions are not likely")
    void onlyForLikelyPlugins() {
      AggregatedAssessment a = levels.assess(SymptomReport.builder().age(70).present("relief.dangling_legs").build());
      assertFalse(a.watchFor().stream().anyMatch(w -> w.id().startsWith("levels.")), a.watchFor().toString());
    }
  }

  @Nested
  @DisplayName("a warning sign that makes a kind of relief unsafe")
  class WarningMakesReliefUnsafe {

    private final ConditionAggregator careful = ConditionAggregator.builder()
        .addPlugin(new FakePlugins.Venous()).addPlugin(new FakePlugins.Careful()).build();

    private List<String> ids(List<? extends Record> entries) {
      return entries.stream().map(e -> e instanceof Advice a ? a.id() : ((AvoidedAdvice) e).id()).toList();
    }

    @Test
    @DisplayName("takes away advice of that kind, and says why, while it stands")
    void takesAwayAdvice() {
      AggregatedAssessment quiet = careful.assess(SymptomReport.builder().present("relief.elevating_legs").build());
      assertTrue(ids(quiet.advice()).contains("venous.warm_bath"), quiet.advice().toString());
      assertEquals(List.of(), quiet.avoid());

      AggregatedAssessment fall = careful.assess(SymptomReport.builder()
          .present("relief.elevating_legs", "redflag.recent_trauma").build());
      assertEquals(List.of("careful.fall"), fall.warnings().stream().map(Warning::id).toList());
      assertFalse(ids(fall.advice()).contains("venous.warm_bath"), fall.advice().toString());
      assertTrue(ids(fall.advice()).containsAll(List.of("venous.raise_legs", "venous.walk")), fall.advice().toString());
      // The advice it would have given, and the kind it names that no entry covers yet (heat is
      // covered by the bath), by id as entries of one key are; each names the sign.
      assertEquals(List.of("avoid.massage", "venous.warm_bath"), ids(fall.avoid()));
      for (AvoidedAdvice x : fall.avoid()) {
        assertEquals(FakePlugins.Careful.AFTER_A_FALL, x.reason());
        assertEquals(List.of("careful.fall"), x.becauseOf());
      }
    }

    @Test
    @DisplayName("names every sign that forbids it, most urgent first, and holds in an emergency")
    void everySign() {
      AggregatedAssessment both = careful.assess(SymptomReport.builder()
          .present("relief.elevating_legs", "redflag.recent_trauma", "redflag.fever").build());
      assertEquals(Triage.EMERGENCY, both.triage());
      assertEquals(List.of(), both.advice());
      AvoidedAdvice bath = both.avoid().get(1);
      assertEquals("venous.warm_bath", bath.id());
      assertEquals(List.of("careful.fever", "careful.fall"), bath.becauseOf());
      assertEquals(FakePlugins.Careful.WITH_A_FEVER + " " + FakePlugins.Careful.AFTER_A_FALL, bath.reason());
      assertEquals(List.of("avoid.massage", "venous.warm_bath"), ids(both.avoid()));
    }

    @Test
    @DisplayName("lists the kind itself when no advice of that kind was due")
    void listsTheKind() {
      AggregatedAssessment fever = careful.assess(SymptomReport.builder().present("redflag.fever").build());
      AvoidedAdvice heat = fever.avoid().stream().filter(x -> x.id().equals("avoid.heat")).findFirst().orElseThrow();
      assertEquals(List.of("careful.fever"), heat.becauseOf());
      assertEquals(FakePlugins.Careful.WITH_A_FEVER, heat.reason());
    }
  }

  @Nested
  @DisplayName("plugin isolation")
  class Isolation {

    AggregatedAssessment withFaulty(ConditionPlugin faulty) {
      return ConditionAggregator.builder().addPlugin(new FakePlugins.Arterial()).addPlugin(new FakePlugins.Venous())
          .addPlugin(faulty).build().assess(arterialStory());
    }

    void assertIsolated(ConditionPlugin faulty, String messagePart) {
      AggregatedAssessment clean = both().assess(arterialStory());
      AggregatedAssessment a = withFaulty(faulty);
      assertEquals(1, a.failedPlugins().size());
      PluginFailure f = a.failedPlugins().get(0);
      assertEquals(faulty.descriptor().id(), f.plugin());
      assertTrue(f.message().contains(messagePart), f.message());
      assertEquals(clean.differential(), a.differential());
      assertEquals(clean.triage(), a.triage());
      assertEquals(clean.advice(), a.advice());
      assertEquals(clean.avoid(), a.avoid());
      assertEquals(clean.warnings(), a.warnings());
      assertEquals(clean.nextQuestions(), a.nextQuestions());
      assertThrows(IllegalStateException.class, a::requireComplete);
    }

    @Test
    @DisplayName("a plugin that throws is named in failedPlugins and the rest is unchanged")
    void throwing() {
      assertIsolated(FakePlugins.faulty("boom", r -> {
        throw new IllegalStateException("kaput");
      }), "kaput");
    }

    @Test
    @DisplayName("a plugin that returns a probability of 7 is isolated")
    void probabilitySeven() {
      assertIsolated(FakePlugins.faulty("seven", r -> Assessment.of(
          List.of(new ConditionScore("seven.x", 7.0, List.of(), List.of())), List.of())), "probability 7.0");
    }

    @Test
    @DisplayName("a plugin that returns NaN is isolated")
    void nan() {
      assertIsolated(FakePlugins.faulty("nan", r -> Assessment.of(
          List.of(new ConditionScore("nan.x", Double.NaN, List.of(), List.of())), List.of())), "not in [0, 1]");
    }

    @Test
    @DisplayName("a plugin that returns null is isolated")
    void returnsNull() {
      assertIsolated(FakePlugins.faulty("nully", r -> null), "returned null");
    }

    @Test
    @DisplayName("a plugin that scores a condition it did not declare is isolated")
    void undeclaredCondition() {
      assertIsolated(FakePlugins.faulty("stray", r -> Assessment.of(
          List.of(new ConditionScore("arterial.disease", 0.9, List.of(), List.of())), List.of())), "does not declare");
    }

    @Test
    @DisplayName("a plugin that fires a warning on a finding that is not present is isolated")
    void warningNotPresent() {
      assertIsolated(FakePlugins.faulty("liar", r -> Assessment.builder()
          .warning("liar.w", List.of("redflag.fever")).build()), "not present");
    }

    @Test
    @DisplayName("a plugin that names a feature outside the vocabulary is isolated")
    void unknownFeature() {
      assertIsolated(FakePlugins.faulty("odd", r -> Assessment.of(
          List.of(new ConditionScore("odd.x", 0.5, List.of("odd.nothing"), List.of())), List.of())), "not in the vocabulary");
    }

    @Test
    @DisplayName("FAIL_FAST throws the plugin's failure with its id")
    void failFast() {
      ConditionAggregator agg = ConditionAggregator.builder().addPlugin(FakePlugins.faulty("boom", r -> {
        throw new IllegalStateException("kaput");
      })).failurePolicy(FailurePolicy.FAIL_FAST).build();
      ConditionPluginException e = assertThrows(ConditionPluginException.class, () -> agg.assess(SymptomReport.empty()));
      assertEquals("boom", e.pluginId());
    }

    @Test
    @DisplayName("a plugin whose descriptor throws is reported at load and in every assessment")
    void descriptorThrows() {
      ConditionPlugin bad = new ConditionPlugin() {
        @Override
        public PluginDescriptor descriptor() {
          throw new IllegalStateException("no descriptor");
        }

        @Override
        public Assessment evaluate(SymptomReport report) {
          return Assessment.notApplicable("never");
        }
      };
      ConditionAggregator agg = ConditionAggregator.builder().addPlugin(new FakePlugins.Arterial()).addPlugin(bad).build();
      assertEquals(1, agg.loadFailures().size());
      assertTrue(agg.loadFailures().get(0).message().contains("no descriptor"));
      AggregatedAssessment a = agg.assess(arterialStory());
      assertEquals(1, a.failedPlugins().size());
      assertEquals("arterial.disease", a.topCondition().orElseThrow().condition());
    }
  }

  @Nested
  @DisplayName("loading plugins")
  class Loading {

    @Test
    @DisplayName("discovers plugins on the class path through META-INF/services")
    void discovers() {
      ConditionAggregator agg = ConditionAggregator.builder().discoverPlugins().build();
      assertEquals(List.of("arterial"), agg.plugins().stream().map(PluginDescriptor::id).toList());
      ConditionAggregator agg2 = ConditionAggregator.builder()
          .discoverPlugins(ConditionAggregatorTests.class.getClassLoader()).build();
      assertEquals(1, agg2.plugins().size());
    }

    @Test
    @DisplayName("the same plugin class given explicitly and discovered is loaded once")
    void explicitAndDiscovered() {
      ConditionAggregator agg = ConditionAggregator.builder().addPlugin(new FakePlugins.Arterial()).discoverPlugins().build();
      assertEquals(1, agg.plugins().size());
    }

    @Test
    @DisplayName("two different plugins claiming one id is an error naming both classes")
    void duplicateId() {
      ConditionPlugin impostor = FakePlugins.faulty("arterial", r -> Assessment.notApplicable("x"));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> ConditionAggregator.builder()
          .addPlugin(new FakePlugins.Arterial()).addPlugin(impostor).build());
      assertTrue(e.getMessage().contains("Arterial") && e.getMessage().contains("'arterial'"), e.getMessage());
    }

    @Test
    @DisplayName("a plugin's own features join the vocabulary, and reports may use them")
    void pluginFeatures() {
      ConditionAggregator agg = ConditionAggregator.builder().addPlugin(new FakePlugins.WithFeature()).build();
      assertTrue(agg.vocabulary().contains("extra.statin"));
      AggregatedAssessment a = agg.assess(SymptomReport.builder().present("extra.statin", "redflag.fever").build());
      assertEquals("extra.myalgia", a.topCondition().orElseThrow().condition());
      assertEquals(Triage.EMERGENCY, a.triage());
    }

    @Test
    @DisplayName("a report naming an unknown feature is rejected with the id")
    void unknownFeatureInReport() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> both().assess(SymptomReport.builder().present("extra.statin").build()));
      assertTrue(e.getMessage().contains("extra.statin"), e.getMessage());
    }

    @Test
    @DisplayName("with no plugins at all, the assessment still answers safely")
    void noPlugins() {
      AggregatedAssessment a = ConditionAggregator.builder().build().assess(SymptomReport.empty());
      assertEquals(Triage.CONSULTATION, a.triage());
      assertTrue(a.differential().isEmpty());
    }

    @Test
    @DisplayName("each plugin is asked for its descriptor once, when loaded")
    void descriptorReadOnce() {
      AtomicInteger calls = new AtomicInteger();
      ConditionPlugin counting = new ConditionPlugin() {
        final PluginDescriptor d = new FakePlugins.Venous().descriptor();

        @Override
        public PluginDescriptor descriptor() {
          calls.incrementAndGet();
          return d;
        }

        @Override
        public Assessment evaluate(SymptomReport report) {
          return Assessment.notApplicable("test");
        }
      };
      ConditionAggregator agg = ConditionAggregator.builder().addPlugin(counting).build();
      agg.assess(SymptomReport.empty());
      agg.assess(SymptomReport.empty());
      assertEquals(1, calls.get());
    }

    @Test
    @DisplayName("thresholds are checked")
    void thresholds() {
      assertThrows(IllegalArgumentException.class, () -> ConditionAggregator.builder().thresholds(0.2, 0.3));
      assertThrows(IllegalArgumentException.class, () -> ConditionAggregator.builder().thresholds(1.0, 0.3));
    }
  }
}
