package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SymptomReportTests {

  @Test
  @DisplayName("a feature not mentioned is unknown and unasked; an explicit unknown counts as asked")
  void unknownVersusUnasked() {
    SymptomReport r = SymptomReport.builder().unknown("quality.burning").build();
    assertEquals(FindingState.UNKNOWN, r.state("quality.burning"));
    assertTrue(r.isAnswered("quality.burning"));
    assertEquals(FindingState.UNKNOWN, r.state("quality.heavy"));
    assertFalse(r.isAnswered("quality.heavy"));
  }

  @Test
  @DisplayName("the order findings are added in does not matter")
  void orderDoesNotMatter() {
    SymptomReport a = SymptomReport.builder().present("quality.burning").absent("quality.heavy").build();
    SymptomReport b = SymptomReport.builder().absent("quality.heavy").present("quality.burning").build();
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(SymptomReport.builder().present("quality.heavy").build())
        .addEqualityGroup(SymptomReport.builder().age(40).present("quality.burning").absent("quality.heavy").build())
        .addEqualityGroup(SymptomReport.empty())
        .testEquals();
    assertEquals(a.findings().firstKey(), "quality.burning");
  }

  @Test
  @DisplayName("a later answer replaces an earlier one, and with() leaves the original alone")
  void laterAnswerWins() {
    SymptomReport r = SymptomReport.builder().present("quality.burning").absent("quality.burning").build();
    assertTrue(r.isAbsent("quality.burning"));
    SymptomReport changed = r.with("quality.burning", FindingState.PRESENT);
    assertTrue(changed.isPresent("quality.burning"));
    assertTrue(r.isAbsent("quality.burning"));
  }

  @Test
  @DisplayName("age and sex are kept together whatever order they are set in")
  void patientContext() {
    SymptomReport r = SymptomReport.builder().sex(Sex.FEMALE).age(70).build();
    assertEquals(OptionalInt.of(70), r.patient().age());
    assertEquals(Sex.FEMALE, r.patient().sex());
    SymptomReport s = SymptomReport.builder().age(70).sex(Sex.FEMALE).build();
    assertEquals(r, s);
    assertTrue(SymptomReport.builder().age(17).build().patient().isMinor());
    assertFalse(SymptomReport.builder().age(18).build().patient().isMinor());
    assertFalse(SymptomReport.empty().patient().isMinor());
  }

  @Test
  @DisplayName("a malformed feature id is rejected with the id in the message")
  void malformedId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SymptomReport.builder().present("Burning"));
    assertTrue(e.getMessage().contains("'Burning'"), e.getMessage());
  }

  @Test
  @DisplayName("an age outside 0 to 120 is rejected naming the field and the range")
  void ageRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Patient.of(121, Sex.MALE));
    assertTrue(e.getMessage().contains("patient.age") && e.getMessage().contains("0 to 120"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SymptomReport.builder().age(-1));
  }

  @Test
  @DisplayName("the findings map cannot be modified")
  void immutable() {
    SymptomReport r = SymptomReport.builder().present("quality.burning").build();
    assertThrows(UnsupportedOperationException.class, () -> r.findings().put("quality.heavy", FindingState.PRESENT));
  }

  @Test
  @DisplayName("public methods reject null")
  void nulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicInstanceMethods(SymptomReport.builder().present("quality.burning").build());
    t.testAllPublicInstanceMethods(SymptomReport.builder());
    t.testAllPublicStaticMethods(Patient.class);
  }

  @Test
  @DisplayName("a report made by with() answers, compares, hashes and prints like one built in full")
  void withMatchesBuiltReport() {
    SymptomReport base = SymptomReport.builder().age(70).sex(Sex.FEMALE)
        .present("quality.burning").absent("quality.heavy").unknown("quality.cramping").build();
    SymptomReport overlay = base.with("quality.aching", FindingState.PRESENT)
        .with("quality.heavy", FindingState.PRESENT)
        .with("quality.tingling", FindingState.UNKNOWN);
    SymptomReport built = base.toBuilder().present("quality.aching", "quality.heavy").unknown("quality.tingling").build();
    new EqualsTester().addEqualityGroup(overlay, built).addEqualityGroup(base).testEquals();
    assertEquals(built.toString(), overlay.toString());
    assertEquals(built.findings(), overlay.findings());
    assertEquals(java.util.List.copyOf(built.findings().keySet()), java.util.List.copyOf(overlay.findings().keySet()));
    for (String id : java.util.List.of("quality.burning", "quality.heavy", "quality.cramping", "quality.aching",
        "quality.tingling", "quality.sharp")) {
      assertEquals(built.state(id), overlay.state(id), id);
      assertEquals(built.isPresent(id), overlay.isPresent(id), id);
      assertEquals(built.isAbsent(id), overlay.isAbsent(id), id);
      assertEquals(built.isAnswered(id), overlay.isAnswered(id), id);
    }
    assertEquals(FindingState.ABSENT, base.state("quality.heavy"));
    assertFalse(base.isAnswered("quality.aching"));
    assertEquals(built, overlay.toBuilder().build());
    assertThrows(UnsupportedOperationException.class, () -> overlay.findings().put("quality.sharp", FindingState.PRESENT));
  }

  @Test
  @DisplayName("a report answers, lists, compares and hashes as the sorted map of its findings, for ids numbered before, after and never")
  void behavesAsItsMap() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      ids.add("reportmaptest.f" + i);
    }
    for (int i = 0; i < 8; i++) {
      org.recumbent.internal.FeatureIndex.intern(ids.get(i));
    }
    FindingState[] states = FindingState.values();
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    java.util.List<SymptomReport> reports = new java.util.ArrayList<>();
    java.util.List<java.util.TreeMap<String, FindingState>> maps = new java.util.ArrayList<>();
    for (int k = 0; k < 600; k++) {
      if (k == 200) {
        // Later reports are built with more ids numbered; earlier ones must still answer for them.
        for (int i = 8; i < 16; i++) {
          org.recumbent.internal.FeatureIndex.intern(ids.get(i));
        }
      }
      SymptomReport.Builder b = SymptomReport.builder().age(random.nextInt(18, 100));
      java.util.TreeMap<String, FindingState> map = new java.util.TreeMap<>();
      for (int j = random.nextInt(30); j > 0; j--) {
        String id = ids.get(random.nextInt(ids.size()));
        if (random.nextInt(8) == 0) {
          b.clear(id);
          map.remove(id);
        } else {
          FindingState state = states[random.nextInt(states.length)];
          b.finding(id, state);
          map.put(id, state);
        }
      }
      reports.add(b.build());
      maps.add(map);
    }
    for (int k = 0; k < reports.size(); k++) {
      SymptomReport r = reports.get(k);
      java.util.TreeMap<String, FindingState> map = maps.get(k);
      assertEquals(java.util.List.copyOf(map.entrySet()), java.util.List.copyOf(r.findings().entrySet()));
      assertEquals(31 * r.patient().hashCode() + map.hashCode(), r.hashCode());
      for (String id : ids) {
        assertEquals(map.getOrDefault(id, FindingState.UNKNOWN), r.state(id), id);
        assertEquals(map.containsKey(id), r.isAnswered(id), id);
      }
      // Equal to the same findings reached through an overlay, and to a copy.
      if (!map.isEmpty()) {
        String last = map.lastKey();
        SymptomReport overlay = r.toBuilder().clear(last).build().with(last, map.get(last));
        assertEquals(r, overlay);
        assertEquals(overlay, r);
        assertEquals(r.hashCode(), overlay.hashCode());
      }
      assertEquals(r, r.toBuilder().build());
      SymptomReport other = reports.get(random.nextInt(reports.size()));
      assertEquals(maps.get(reports.indexOf(other)).equals(map) && other.patient().equals(r.patient()), r.equals(other));
    }
  }

  @Test
  @DisplayName("a long chain of with() calls keeps every answer")
  void longChainOfWith() {
    SymptomReport r = SymptomReport.empty();
    SymptomReport.Builder b = SymptomReport.builder();
    for (int i = 0; i < 40; i++) {
      FindingState state = FindingState.values()[i % FindingState.values().length];
      r = r.with("test.feature_" + i, state);
      b.finding("test.feature_" + i, state);
      assertEquals(b.build(), r);
    }
    for (int i = 0; i < 40; i++) {
      assertEquals(FindingState.values()[i % FindingState.values().length], r.state("test.feature_" + i));
    }
  }

  @Test
  @DisplayName("with() rejects a malformed id as the builder does")
  void withRejectsMalformedId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SymptomReport.empty().with("Quality.Burning", FindingState.PRESENT));
    assertTrue(e.getMessage().contains("Quality.Burning"));
  }

  @Test
  @DisplayName("the fast id check agrees with the feature id pattern")
  void fastIdCheckAgreesWithPattern() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "ab.z09_-A.";
    for (String id : java.util.List.of("a.b", "a.0", "a-b.c_d.e", "a.", ".a", "a", "a..b", "a._b", "a.b-c",
        "a_b.c", "0a.b", "a.b.", "quality.burning", "")) {
      assertEquals(Feature.ID.matcher(id).matches(), SymptomReport.isWellFormed(id), id);
    }
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String id = sb.toString();
      assertEquals(Feature.ID.matcher(id).matches(), SymptomReport.isWellFormed(id), id);
    }
  }
}
