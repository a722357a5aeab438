package org.recumbent.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.tck.ReportGenerators.theory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.json.WireFormat;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.WarningSign;
import org.recumbent.tck.ReportGenerators;

@DisplayName("Every installed plugin, aggregated")
class AggregatorPropertiesTests {

  private static final ConditionAggregator AGGREGATOR = Installed.AGGREGATOR;
  private static final Gen<SymptomReport> REPORTS = ReportGenerators.reports(AGGREGATOR.vocabulary());

  @Test
  @DisplayName("discovers the vascular, neuro and musculoskeletal plugins, with no load failure")
  void discoversTheBuiltInPlugins() {
    Set<String> ids = new TreeSet<>();
    AGGREGATOR.plugins().forEach(d -> ids.add(d.id()));
    assertTrue(ids.containsAll(Set.of("vascular", "neuro", "musculoskeletal")), () -> "discovered " + ids);
    assertEquals(List.of(), AGGREGATOR.loadFailures());
    for (String c : List.of("vascular.pad", "vascular.cvi", "neuro.rls", "neuro.neuropathy",
        "musculoskeletal.cramps", "musculoskeletal.arthritis", "musculoskeletal.sciatica")) {
      assertTrue(AGGREGATOR.condition(c).isPresent(), () -> "no installed plugin judges " + c);
    }
  }

  @Test
  @DisplayName("is deterministic whatever the order of findings and of plugins")
  void isDeterministicWhateverTheOrder() {
    List<ConditionPlugin> plugins = Installed.plugins();
    List<ConditionPlugin> shuffled = new ArrayList<>(plugins);
    Collections.shuffle(shuffled, new java.util.Random(42));
    ConditionAggregator forward = Installed.aggregator(plugins);
    ConditionAggregator backward = Installed.aggregator(Installed.reversed(plugins));
    ConditionAggregator mixed = Installed.aggregator(shuffled);
    theory().forAll(REPORTS).checkAssert(r -> {
      List<Map.Entry<String, FindingState>> entries = new ArrayList<>(r.findings().entrySet());
      Collections.reverse(entries);
      SymptomReport.Builder b = SymptomReport.builder().patient(r.patient());
      entries.forEach(e -> b.finding(e.getKey(), e.getValue()));
      SymptomReport reordered = b.build();
      AggregatedAssessment expected = AGGREGATOR.assess(r);
      assertEquals(expected, forward.assess(reordered), "plugins in discovery order, findings reversed");
      assertEquals(expected, backward.assess(r), "plugins in reverse order");
      assertEquals(expected, mixed.assess(reordered), "plugins shuffled, findings reversed");
      assertEquals(expected, AGGREGATOR.assess(r), "the same aggregator, asked again");
    });
  }

  @Test
  @DisplayName("lets red flags dominate: a red flag is triaged at least as urgently as the red flag alone")
  void redFlagsDominate() {
    ConditionAggregator aggregator = Installed.QUICK;
    List<String> redFlags = new ArrayList<>();
    aggregator.vocabulary().redFlags().forEach(f -> redFlags.add(f.id()));
    assertTrue(redFlags.containsAll(Installed.EMERGENCY_RED_FLAGS), () -> "red flags: " + redFlags);
    Map<Patient, Map<String, Triage>> alone = new java.util.concurrent.ConcurrentHashMap<>();
    theory().forAll(REPORTS, SourceDSL.integers().between(0, redFlags.size() - 1)).checkAssert((r, i) -> {
      String flag = redFlags.get(i);
      SymptomReport withFlag = r.with(flag, FindingState.PRESENT);
      Triage floor = alone.computeIfAbsent(r.patient(), p -> new HashMap<>()).computeIfAbsent(flag,
          f -> aggregator.assess(SymptomReport.builder().patient(r.patient()).present(f).build()).triage());
      Triage got = aggregator.assess(withFlag).triage();
      assertTrue(got.isAtLeast(floor), () -> flag + " alone is triaged " + floor + ", but " + got + " for " + withFlag);
      if (Installed.EMERGENCY_RED_FLAGS.contains(flag)) {
        assertTrue(got.isAtLeast(Triage.EMERGENCY),
            () -> flag + " must be triaged EMERGENCY or more urgent, was " + got + " for " + withFlag);
      }
    });
  }

  @Test
  @DisplayName("gives no advice that a condition of concern or a fired warning sign makes unsafe; each removed advice is listed to avoid, with a reason")
  void givesOnlySafeAdvice() {
    ConditionAggregator aggregator = Installed.QUICK;
    Map<String, ReliefStrategy> catalogue = new HashMap<>();
    for (PluginDescriptor d : aggregator.plugins()) {
      d.reliefStrategies().forEach(s -> catalogue.put(s.id(), s));
    }
    theory().forAll(REPORTS).checkAssert(r -> {
      AggregatedAssessment a = aggregator.assess(r);
      Set<String> concern = new HashSet<>();
      for (RankedCondition c : a.differential()) {
        if (c.probability() >= aggregator.cautionThreshold()) {
          concern.add(c.condition());
        }
      }
      // A fired sign counts as a concern for the kinds of relief it declares unsafe.
      a.warnings().forEach(w -> concern.add(w.id()));
      Set<String> advised = new HashSet<>();
      for (Advice advice : a.advice()) {
        advised.add(advice.id());
        List<String> against = contraindications(aggregator, catalogue.get(advice.id()), concern);
        assertTrue(against.isEmpty(), () -> "advice '" + advice.id() + "' is given although " + against
            + " contraindicate it, for " + r);
      }
      Map<String, AvoidedAdvice> avoided = new HashMap<>();
      a.avoid().forEach(x -> avoided.put(x.id(), x));
      Set<String> likely = new HashSet<>();
      for (RankedCondition c : a.differential()) {
        if (c.probability() >= aggregator.likelyThreshold()) {
          likely.add(c.condition());
        }
      }
      for (ReliefStrategy s : catalogue.values()) {
        List<String> against = contraindications(aggregator, s, concern);
        boolean wouldHelp = s.forConditions().stream().anyMatch(likely::contains);
        if (!against.isEmpty() && wouldHelp) {
          AvoidedAdvice x = avoided.get(s.id());
          assertTrue(x != null, () -> "'" + s.id() + "' is contraindicated by " + against
              + " but is missing from avoid, for " + r);
          assertFalse(x.reason().isBlank(), () -> "'" + s.id() + "' is avoided without a reason, for " + r);
          assertTrue(concern.containsAll(x.becauseOf()), () -> "avoid names " + x.becauseOf() + ", for " + r);
        }
      }
      for (AvoidedAdvice x : a.avoid()) {
        assertFalse(advised.contains(x.id()), () -> "'" + x.id() + "' is both advised and avoided, for " + r);
        assertFalse(x.reason().isBlank(), () -> "'" + x.id() + "' is avoided without a reason, for " + r);
        assertFalse(x.becauseOf().isEmpty(), () -> "'" + x.id() + "' is avoided because of nothing, for " + r);
        assertTrue(concern.containsAll(x.becauseOf()),
            () -> "'" + x.id() + "' is avoided because of " + x.becauseOf() + ", not all of concern, for " + r);
      }
    });
  }

  private static List<String> contraindications(ConditionAggregator aggregator, ReliefStrategy s, Set<String> concern) {
    List<String> out = new ArrayList<>();
    Map<String, WarningSign> signs = new HashMap<>();
    aggregator.plugins().forEach(p -> p.warningSigns().forEach(w -> signs.put(w.id(), w)));
    for (String c : concern) {
      if (signs.containsKey(c)) {
        if (s.tags().stream().anyMatch(signs.get(c).unsafeReliefTags()::containsKey)) {
          out.add(c);
        }
        continue;
      }
      ConditionDescriptor d = aggregator.condition(c).orElseThrow();
      boolean byTag = s.tags().stream().anyMatch(d.unsafeReliefTags()::containsKey);
      if (s.unsafeWith().containsKey(c) || byTag) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  @DisplayName("round-trips reports and assessments through JSON without loss")
  void roundTripsThroughJson() {
    WireFormat json = WireFormat.of(AGGREGATOR.vocabulary());
    theory().forAll(REPORTS).checkAssert(r -> {
      String reportJson = json.writeReport(r);
      assertEquals(r, json.readReport(reportJson), () -> "report lost data in " + reportJson);
      assertEquals(r, json.readReport(reportJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      AggregatedAssessment a = AGGREGATOR.assess(r);
      String assessmentJson = json.writeAssessment(a);
      assertEquals(a, json.readAssessment(assessmentJson), () -> "assessment lost data in " + assessmentJson);
    });
  }

  @Test
  @DisplayName("writes an assessment's bytes, through the texts the engine encoded once, as Jackson writes its text")
  void writesTheSameBytesWithEncodedTexts() {
    WireFormat json = WireFormat.of(AGGREGATOR.vocabulary());
    theory().forAll(REPORTS).checkAssert(r -> {
      AggregatedAssessment a = AGGREGATOR.assess(r);
      byte[] expected = json.writeAssessment(a).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertArrayEquals(expected, json.writeAssessmentBytes(a), () -> "bytes of " + r);
      // The same assessment read back holds no encoded texts: every text is encoded as written.
      assertArrayEquals(expected, json.writeAssessmentBytes(json.readAssessment(json.writeAssessment(a))));
    });
  }

  @Test
  @DisplayName("isolates a plugin that throws, returns probability 7 or returns null: the rest is unchanged and it is named")
  void isolatesFaultyPlugins() {
    List<ConditionPlugin> installed = Installed.plugins();
    // Their advice carries a harmless tag; tofix.FailedPluginAdviceTests covers advice that another condition forbids.
    List<ConditionPlugin> faulty = List.of(TestPlugins.throwing(false), TestPlugins.probabilitySeven(false),
        TestPlugins.returnsNull(false));
    List<ConditionPlugin> all = new ArrayList<>(installed);
    all.addAll(faulty);
    ConditionAggregator withFaulty = Installed.aggregator(all);
    theory().forAll(REPORTS).checkAssert(r -> {
      AggregatedAssessment clean = AGGREGATOR.assess(r);
      AggregatedAssessment dirty = withFaulty.assess(r);
      assertEquals(Installed.withoutFailures(clean), Installed.withoutFailures(dirty),
          () -> "faulty plugins changed the assessment of " + r);
      List<String> failed = new ArrayList<>();
      dirty.failedPlugins().forEach(f -> failed.add(f.plugin()));
      assertEquals(List.of("faulty-null", "faulty-seven", "faulty-throws"), failed.stream().sorted().toList());
      assertEquals(List.of(), clean.failedPlugins());
    });
  }

  @Test
  @DisplayName("marks every report under 18 out of scope, and no other")
  void marksChildrenOutOfScope() {
    theory().forAll(REPORTS).checkAssert(r -> {
      AggregatedAssessment a = Installed.QUICK.assess(r);
      boolean minor = r.patient().age().isPresent() && r.patient().age().getAsInt() < 18;
      assertEquals(minor, a.outOfScope(), () -> "outOfScope for " + r);
      if (minor) {
        assertFalse(a.notes().isEmpty(), () -> "an out-of-scope assessment must say so in its notes: " + r);
        assertTrue(a.triage().isAtLeast(Triage.CONSULTATION), () -> "a child must see a clinician: " + r);
      }
    });
  }

  @Test
  @DisplayName("is not changed by an unrelated plugin for reports that do not use its feature")
  void isNotChangedByAnUnrelatedPlugin() {
    List<ConditionPlugin> plugins = new ArrayList<>(Installed.plugins());
    plugins.add(new TestPlugins.Unrelated(ReliefTags.SLEEP_HYGIENE));
    ConditionAggregator extended = Installed.aggregator(plugins);
    theory().forAll(REPORTS).checkAssert(r -> {
      AggregatedAssessment before = Installed.QUICK.assess(r);
      AggregatedAssessment after = extended.assess(r);
      List<RankedCondition> differential = new ArrayList<>(after.differential());
      differential.removeIf(c -> c.condition().startsWith("unrelated."));
      assertEquals(before.differential(), differential, () -> "differential of " + r);
      assertEquals(before.warnings(), after.warnings(), () -> "warnings of " + r);
      assertEquals(before.advice(), after.advice(), () -> "advice of " + r);
      assertEquals(before.avoid(), after.avoid(), () -> "avoid of " + r);
      assertEquals(before.triage(), after.triage(), () -> "triage of " + r);
      assertEquals(before.watchFor(), after.watchFor(), () -> "watch-for of " + r);
    });
  }
}
