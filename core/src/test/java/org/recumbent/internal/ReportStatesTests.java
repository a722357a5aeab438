package org.recumbent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;

class ReportStatesTests {

  private static final FindingState[] STATES = FindingState.values();

  @Test
  @DisplayName("reading a state by feature number gives what state(id) gives, for ids numbered before or after the report and its overlays were made")
  void numberedReadsAgreeWithMapReads() {
    // A namespace no model uses, so these ids are numbered only when this test says so.
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add("reportstatestest.f" + i);
    }
    for (int i = 0; i < 10; i++) {
      FeatureIndex.intern(ids.get(i));
    }
    SplittableRandom random = new SplittableRandom(11);
    List<SymptomReport> reports = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      SymptomReport.Builder b = SymptomReport.builder();
      int n = random.nextInt(ids.size() + 1);
      for (int j = 0; j < n; j++) {
        b.finding(ids.get(random.nextInt(ids.size())), STATES[random.nextInt(STATES.length)]);
      }
      SymptomReport r = b.build();
      reports.add(r);
      int depth = random.nextInt(12); // past the overlay limit, so some overlays are copies
      for (int d = 0; d < depth; d++) {
        r = r.with(ids.get(random.nextInt(ids.size())), STATES[random.nextInt(STATES.length)]);
        reports.add(r);
      }
    }
    ReportStates states = ReportStates.get();
    // Fill the arrays while only the first ten ids are numbered.
    for (SymptomReport r : reports) {
      assertEquals(r.state(ids.get(0)), states.state(r, FeatureIndex.indexOf(ids.get(0)), ids.get(0)));
    }
    for (int i = 10; i < 30; i++) {
      FeatureIndex.intern(ids.get(i));
    }
    int compared = 0;
    for (SymptomReport r : reports) {
      for (String id : ids) {
        int number = FeatureIndex.indexOf(id);
        assertTrue(number >= 0);
        assertEquals(r.state(id), states.state(r, number, id), () -> id + " in " + r);
        compared++;
      }
    }
    assertTrue(compared > 3000, "compared " + compared);
  }

  @Test
  @DisplayName("a feature id keeps its number, and numbers are given once each")
  void numbersAreStable() {
    int a = FeatureIndex.intern("reportstatestest.stable_a");
    int b = FeatureIndex.intern("reportstatestest.stable_b");
    assertTrue(a != b);
    assertEquals(a, FeatureIndex.intern("reportstatestest.stable_a"));
    assertEquals(a, FeatureIndex.indexOf("reportstatestest.stable_a"));
    assertEquals(-1, FeatureIndex.indexOf("reportstatestest.never_numbered"));
    assertTrue(FeatureIndex.size() > Math.max(a, b));
  }

  @Test
  @DisplayName("the answered numbers of a report are exactly the numbers of the ids it answers, even ids numbered"
      + " after it was made, and its answer count is how many it names")
  void answeredNumbersMatchTheAnswers() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 140; i++) {
      ids.add("reportstatestest.answered" + i);
    }
    for (int i = 0; i < 70; i++) {
      FeatureIndex.intern(ids.get(i));
    }
    SplittableRandom random = new SplittableRandom(5);
    List<SymptomReport> reports = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      SymptomReport.Builder b = SymptomReport.builder();
      int n = random.nextInt(ids.size() + 1);
      for (int j = 0; j < n; j++) {
        b.finding(ids.get(random.nextInt(ids.size())), STATES[random.nextInt(STATES.length)]);
      }
      reports.add(b.build());
    }
    // Some numbered only now, after the reports were made: the reports build their arrays again.
    for (int i = 70; i < ids.size(); i++) {
      FeatureIndex.intern(ids.get(i));
    }
    ReportStates states = ReportStates.get();
    for (SymptomReport r : reports) {
      byte[] dense = states.dense(r);
      long[] answered = states.answered(r);
      assertNotNull(dense);
      assertNotNull(answered);
      for (String id : ids) {
        int number = FeatureIndex.indexOf(id);
        boolean set = number / Long.SIZE < answered.length && (answered[number / Long.SIZE] & (1L << number)) != 0;
        assertEquals(r.findings().containsKey(id), set, () -> id + " in " + r);
        assertEquals(set, dense[number] != 0, () -> id + " in " + r);
      }
      assertNull(states.answered(r.with(ids.get(0), FindingState.PRESENT)), "an overlay has no numbers of its own");
      assertEquals(r.findings().size(), states.answerCount(r), r::toString);
      assertEquals(r.findings().size(), states.answerCount(r.with(ids.get(0), FindingState.PRESENT)),
          "an overlay counts as its base");
    }
  }

  @Test
  @DisplayName("a report's patient index holds its age and sex, and says minor exactly when the patient is one")
  void patientIndex() {
    ReportStates states = ReportStates.get();
    for (Sex sex : Sex.values()) {
      for (int age = -1; age <= Patient.MAX_AGE; age++) {
        Patient p = age < 0 ? Patient.ofSex(sex) : Patient.of(age, sex);
        SymptomReport r = SymptomReport.builder().patient(p).present("reportstatestest.patient").build();
        int index = states.patientIndex(r);
        assertEquals((age + 1) * ReportStates.SEXES + sex.ordinal(), index);
        assertEquals(p.isMinor(), ReportStates.isMinor(index), () -> p.toString());
        assertEquals(index, states.patientIndex(r.with("reportstatestest.patient", FindingState.ABSENT)), "an overlay keeps it");
      }
    }
  }
}
