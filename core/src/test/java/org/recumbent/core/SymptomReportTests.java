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
}
