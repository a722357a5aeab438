package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.FindingState;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Warning;
import org.recumbent.spi.WarningSign;

@DisplayName("Neurological warning signs")
class WarningSignTests {

  static Stream<Arguments> warnings() {
    return Stream.of(
        Arguments.of(NeuroWarnings.SUDDEN_WEAKNESS, Triage.EMERGENCY_AMBULANCE,
            List.of("redflag.sudden_weakness_or_paralysis")),
        Arguments.of(NeuroWarnings.NEW_WEAKNESS_NUMBNESS, Triage.CONSULTATION_24,
            List.of("sign.leg_weakness", "quality.numbness")),
        Arguments.of(NeuroWarnings.NEW_WEAKNESS_NUMBNESS, Triage.CONSULTATION_24,
            List.of("sign.leg_weakness", "quality.tingling_pins_needles")),
        Arguments.of(NeuroWarnings.DIABETIC_FOOT, Triage.CONSULTATION_24,
            List.of("sign.nonhealing_sores", "history.diabetes")),
        Arguments.of(NeuroWarnings.DIABETIC_FOOT, Triage.CONSULTATION_24,
            List.of("sign.nonhealing_sores", "quality.numbness")),
        Arguments.of(NeuroWarnings.FOOT_SORE_EMERGENCY, Triage.EMERGENCY,
            List.of("sign.nonhealing_sores", "redflag.fever")),
        Arguments.of(NeuroWarnings.FOOT_SORE_EMERGENCY, Triage.EMERGENCY,
            List.of("sign.nonhealing_sores", "history.diabetes", "sign.foot_cold")),
        Arguments.of(NeuroWarnings.FOOT_SORE_EMERGENCY, Triage.EMERGENCY,
            List.of("sign.nonhealing_sores", "history.diabetes", "sign.weak_or_absent_pulses")));
  }

  private static SymptomReport withPresent(SymptomReport report, List<String> findings) {
    SymptomReport.Builder b = report.toBuilder();
    findings.forEach(f -> b.finding(f, FindingState.PRESENT));
    return b.build();
  }

  private static Warning fired(AggregatedAssessment a, WarningSign sign) {
    return a.warnings().stream().filter(w -> w.id().equals(sign.id())).findFirst()
        .orElseThrow(() -> new AssertionError(sign.id() + " did not fire: " + a.warnings()));
  }

  @ParameterizedTest(name = "{0} fires on {2} alone at {1}")
  @MethodSource("warnings")
  @DisplayName("fires on its findings alone, names them, and sets its triage level")
  void firesAlone(WarningSign sign, Triage level, List<String> findings) {
    assertEquals(level, sign.triage());
    AggregatedAssessment a = Stories.assess(withPresent(SymptomReport.empty(), findings));
    assertEquals(findings, fired(a, sign).triggeredBy());
    assertEquals(level, a.triage());
  }

  @ParameterizedTest(name = "{0} on {2}, with 300 random reports around it")
  @MethodSource("warnings")
  @DisplayName("fires and holds its triage level whatever else the report says")
  void firesWhateverElseIsReported(WarningSign sign, Triage level, List<String> findings) {
    Random random = new Random(sign.id().hashCode() * 31L + findings.hashCode());
    for (int i = 0; i < 300; i++) {
      SymptomReport report = withPresent(Stories.randomReport(random), findings);
      AggregatedAssessment a = Stories.assess(report);
      Warning w = fired(a, sign);
      assertTrue(w.triggeredBy().containsAll(findings), () -> w.toString());
      assertTrue(w.triggeredBy().stream().allMatch(report::isPresent), () -> w + " names an absent finding");
      assertTrue(a.triage().isAtLeast(level), () -> a.triage() + " is less urgent than " + level + " for " + report);
    }
  }

  @Test
  @DisplayName("weakness alone, or a sore without diabetes or numbness, fires no neurological warning")
  void partialPatternsDoNotFire() {
    assertTrue(Stories.assess(SymptomReport.builder().present("sign.leg_weakness").build()).warnings().isEmpty());
    assertTrue(Stories.assess(SymptomReport.builder().present("sign.nonhealing_sores")
        .absent("history.diabetes", "quality.numbness").build()).warnings().isEmpty());
    assertTrue(Stories.assess(SymptomReport.builder().present("quality.numbness", "history.diabetes")
        .absent("sign.nonhealing_sores", "sign.leg_weakness", "redflag.sudden_weakness_or_paralysis").build())
        .warnings().isEmpty());
  }

  @Test
  @DisplayName("a sore with a cold foot but no diabetes, or diabetes and a cold foot without a sore, is not a foot emergency")
  void footEmergencyNeedsItsPattern() {
    for (SymptomReport r : List.of(
        SymptomReport.builder().present("sign.nonhealing_sores", "sign.foot_cold").build(),
        SymptomReport.builder().present("history.diabetes", "sign.foot_cold", "redflag.fever").build())) {
      AggregatedAssessment a = Stories.assess(r);
      assertFalse(a.warnings().stream().anyMatch(w -> w.id().equals(NeuroWarnings.FOOT_SORE_EMERGENCY.id())),
          a.warnings().toString());
    }
  }

  @Test
  @DisplayName("every warning has a calm message and a watch-for text, shown while a neurological condition is likely")
  void messagesAndWatchFor() {
    for (WarningSign w : NeuroWarnings.ALL) {
      assertFalse(w.message().isBlank());
      assertFalse(w.watchFor().isBlank());
      assertFalse(w.message().contains("!"), () -> w.id() + " should stay calm");
    }
    AggregatedAssessment a = Stories.assess(SymptomReport.builder()
        .present("history.diabetes", "quality.burning", "quality.numbness", "location.stocking_distribution")
        .build());
    List<String> watch = a.watchFor().stream().map(x -> x.id()).toList();
    assertEquals(NeuroWarnings.ALL.stream().map(WarningSign::id).sorted().toList(), watch.stream().sorted().toList());
  }
}
