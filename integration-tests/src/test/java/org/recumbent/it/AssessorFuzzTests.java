package org.recumbent.it;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Advice;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Warning;
import org.recumbent.json.WireFormat;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ReliefStrategy;

/**
 * Fuzzes the assessor with structurally valid reports built from fuzz data, and checks the
 * invariants of every assessment. Seeds live in
 * {@code src/test/resources/org/recumbent/it/AssessorFuzzTestsInputs/assess/}.
 */
class AssessorFuzzTests {

  private static final ConditionAggregator AGGREGATOR = Installed.AGGREGATOR;
  private static final List<String> FEATURES = List.copyOf(AGGREGATOR.vocabulary().ids());
  private static final WireFormat JSON = WireFormat.of(AGGREGATOR.vocabulary());
  private static final Map<String, ReliefStrategy> CATALOGUE = new HashMap<>();

  static {
    AGGREGATOR.plugins().forEach(d -> d.reliefStrategies().forEach(s -> CATALOGUE.put(s.id(), s)));
  }

  @FuzzTest(maxDuration = "60s")
  void assess(FuzzedDataProvider data) {
    SymptomReport.Builder b = SymptomReport.builder();
    Sex sex = data.pickValue(Sex.values());
    b.patient(data.consumeBoolean() ? Patient.of(data.consumeInt(Patient.MIN_AGE, Patient.MAX_AGE), sex)
        : Patient.ofSex(sex));
    int n = data.consumeInt(0, FEATURES.size());
    for (int i = 0; i < n; i++) {
      b.finding(data.pickValue(FEATURES), data.pickValue(FindingState.values()));
    }
    SymptomReport report = b.build();
    AggregatedAssessment a = AGGREGATOR.assess(report);
    check(report, a);
  }

  static void check(SymptomReport report, AggregatedAssessment a) {
    require(a.failedPlugins().isEmpty(), "no built-in plugin may fail", report, a);
    require(a.outOfScope() == report.patient().isMinor(), "out of scope exactly when under 18", report, a);
    Set<String> concern = new HashSet<>();
    for (RankedCondition c : a.differential()) {
      require(c.probability() >= 0 && c.probability() <= 1, "probability in [0, 1]", report, a);
      for (String f : c.supporting()) {
        require(AGGREGATOR.vocabulary().contains(f), "supporting finding in the vocabulary", report, a);
      }
      if (c.probability() >= AGGREGATOR.cautionThreshold()) {
        concern.add(c.condition());
      }
    }
    for (Warning w : a.warnings()) {
      require(a.triage().isAtLeast(w.triage()), "triage at least every fired warning", report, a);
      require(!w.triggeredBy().isEmpty(), "a warning names what fired it", report, a);
      for (String f : w.triggeredBy()) {
        require(report.isPresent(f), "a warning names only present findings", report, a);
      }
    }
    for (String flag : Installed.EMERGENCY_RED_FLAGS) {
      if (report.isPresent(flag)) {
        require(a.triage().isAtLeast(Triage.EMERGENCY), flag + " is an emergency", report, a);
      }
    }
    for (Advice advice : a.advice()) {
      ReliefStrategy s = CATALOGUE.get(advice.id());
      for (String c : concern) {
        ConditionDescriptor d = AGGREGATOR.condition(c).orElseThrow();
        boolean unsafe = s.unsafeWith().containsKey(c) || s.tags().stream().anyMatch(d.unsafeReliefTags()::containsKey);
        require(!unsafe, "advice " + advice.id() + " is contraindicated by " + c, report, a);
      }
    }
    String text = JSON.writeAssessment(a);
    require(JSON.readAssessment(text).equals(a), "the assessment survives JSON", report, a);
    require(java.util.Arrays.equals(JSON.writeAssessmentBytes(a), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "the UTF-8 writer (with the engine's encoded texts) writes the bytes of the text form", report, a);
    require(JSON.readReport(JSON.writeReport(report)).equals(report), "the report survives JSON", report, a);
  }

  private static void require(boolean ok, String invariant, SymptomReport report, AggregatedAssessment a) {
    if (!ok) {
      throw new AssertionError("invariant broken: " + invariant + "\n  report: " + report + "\n  assessment: "
          + a + "\n  report JSON: " + JSON.writeReport(report));
    }
  }

}
