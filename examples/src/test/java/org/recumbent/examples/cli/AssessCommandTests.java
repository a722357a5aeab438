package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Triage;

@DisplayName("recumbent assess")
class AssessCommandTests {

  static List<String> stories() {
    return Cli.STORIES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  @DisplayName("prints, for each sample report, exactly the assessment the library gives, as one line of JSON")
  void printsJsonForEachSample(String story) {
    Cli.Run r = Cli.run("", "assess", Cli.report(story).toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(Cli.expectedAssessment(story)), r.outLines());
    assertEquals("", r.err());
  }

  @ParameterizedTest(name = "{0} makes {1} likely")
  @CsvSource({
      "pad, vascular.pad", "cvi, vascular.cvi", "rls, neuro.rls", "neuropathy, neuro.neuropathy",
      "cramps, musculoskeletal.cramps", "arthritis, musculoskeletal.arthritis",
      "sciatica, musculoskeletal.sciatica", "statin, statin.sams"})
  @DisplayName("has a sample report for each condition that makes that condition likely")
  void sampleReportsShowTheirCondition(String story, String condition) {
    AggregatedAssessment a = Cli.WIRE.readAssessment(Cli.run("", "assess", Cli.report(story).toString()).out());
    double p = a.condition(condition).map(RankedCondition::probability).orElse(0.0);
    assertTrue(p >= Cli.AGGREGATOR.likelyThreshold(), condition + " has probability " + p);
  }

  @Test
  @DisplayName("triages the acute limb ischaemia sample as an ambulance emergency")
  void emergencySample() {
    AggregatedAssessment a = Cli.WIRE.readAssessment(
        Cli.run("", "assess", Cli.report("acute-limb-ischaemia").toString()).out());
    assertEquals(Triage.EMERGENCY_AMBULANCE, a.triage());
  }

  @Test
  @DisplayName("reads the report from standard input when given - or nothing")
  void readsStandardInput() {
    String pad = Cli.read(Cli.report("pad"));
    Cli.Run dash = Cli.run(pad, "assess", "-");
    Cli.Run none = Cli.run(pad, "assess");
    assertEquals(0, dash.exit());
    assertEquals(List.of(Cli.expectedAssessment("pad")), dash.outLines());
    assertEquals(dash.out(), none.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  @DisplayName("prints a text summary: level of care first, causes with why, the disclaimer last")
  void printsText(String story) {
    Cli.Run r = Cli.run("", "assess", "--format", "text", Cli.report(story).toString());
    assertEquals(0, r.exit(), r.err());
    AggregatedAssessment a = Cli.WIRE.readAssessment(Cli.expectedAssessment(story));
    List<String> lines = r.outLines();
    assertEquals(a.triageMessage(), lines.get(0));
    assertEquals(a.disclaimer(), lines.get(lines.size() - 1));
    assertTrue(r.out().contains("What may be causing this:"));
    RankedCondition top = a.topCondition().orElseThrow();
    int name = r.out().indexOf("  - " + top.name() + " (likely)");
    assertTrue(name > 0, r.out());
    assertTrue(r.out().startsWith("    Why: ", r.out().indexOf('\n', name) + 1), r.out());
    for (var w : a.watchFor()) {
      assertTrue(r.out().contains(w.text()), w.text());
    }
    for (var av : a.avoid()) {
      String shown = (av.id().startsWith("avoid.") ? TextReport.AVOID : TextReport.NOT_SAFE) + av.text();
      assertTrue(r.out().contains(shown) && r.out().contains("Why: " + av.reason()), r.out());
    }
  }

  @Test
  @DisplayName("explains a cause by the plain descriptions of the findings, saying which ones are absent")
  void whyUsesDescriptions() {
    Cli.Run r = Cli.run("", "assess", "--format", "text", Cli.report("cramps").toString());
    assertTrue(r.out().contains("Why: a muscle suddenly tightens hard and will not let go (a cramp)"), r.out());
    assertTrue(r.out().contains("you do not have an irresistible urge to move the legs"), r.out());
    assertFalse(r.out().contains("quality.muscle_tightening"));
  }

  @Test
  @DisplayName("says which likely cause set the level of care when no warning sign did, and only then")
  void saysWhyTheLevel() {
    String report = "{\"schemaVersion\":1,\"patient\":{\"age\":67,\"sex\":\"male\"},\"findings\":{"
        + "\"timing.worse_lying_down\":\"present\",\"relief.dangling_legs\":\"present\","
        + "\"quality.burning\":\"present\",\"location.feet_toes\":\"present\",\"relief.walking_moving\":\"absent\"}}";
    Cli.Run pad = Cli.run(report, "assess", "--format", "text");
    AggregatedAssessment a = Cli.WIRE.readAssessment(Cli.run(report, "assess").out());
    assertEquals(Triage.CONSULTATION_24, a.triage());
    assertTrue(a.warnings().isEmpty(), a.warnings().toString());
    assertEquals(TextReport.BECAUSE + a.topCondition().orElseThrow().name() + ".", pad.outLines().get(1), pad.out());
    Cli.Run emergency = Cli.run("", "assess", "--format", "text", Cli.report("acute-limb-ischaemia").toString());
    assertFalse(emergency.out().contains(TextReport.BECAUSE), emergency.out());
  }

  @Test
  @DisplayName("puts getting help before relief advice in an emergency")
  void emergencyText() {
    Cli.Run r = Cli.run("", "assess", "--format", "text", Cli.report("acute-limb-ischaemia").toString());
    assertTrue(r.out().startsWith("Call an ambulance now."), r.out());
    assertTrue(r.out().contains("Get help first, as above."));
  }

  @Test
  @DisplayName("shows the statin plugin's advice not to stop the medicine alone")
  void statinAdvice() {
    Cli.Run r = Cli.run("", "assess", "--format", "text", Cli.report("statin").toString());
    assertTrue(r.out().contains("Do not stop your statin on your own."), r.out());
  }

  @Test
  @DisplayName("exits 2 with one line naming the bad feature id, and no stack trace, for an invalid report")
  void invalidReport() {
    Cli.Run r = Cli.run("", "assess", Cli.report("invalid").toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("quality.burnin") && r.err().contains("quality.burning"), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  static List<Map.Entry<String, String>> badInputs() {
    return List.of(
        Map.entry("{", "$"),
        Map.entry("", "$"),
        Map.entry("[1]", "$"),
        Map.entry("{\"schemaVersion\":2,\"findings\":{}}", "schemaVersion"),
        Map.entry("{\"schemaVersion\":1,\"patient\":{\"sex\":\"yes\"},\"findings\":{}}", "sex"),
        Map.entry("{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"maybe\"}}", "quality.burning"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  @DisplayName("exits 2 with one line naming the problem for each kind of bad report on standard input")
  void badStandardInput(Map.Entry<String, String> input) {
    Cli.Run r = Cli.run(input.getKey(), "assess", "-");
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("recumbent assess: standard input is not a valid report: "), r.err());
    assertTrue(r.err().contains(input.getValue()), r.err());
    assertEquals("", r.out());
  }

  @Test
  @DisplayName("shows ids and values from the input escaped and cut short, not as terminal escapes or pages of text")
  void hostileInput() {
    Cli.Run esc = Cli.run("{\"schemaVersion\":1,\"findings\":{\"\\u001b[31mred\\u0000\":\"present\"}}", "assess");
    assertEquals(2, esc.exit(), esc.err());
    assertEquals(1, esc.errLines().size(), esc.err());
    assertTrue(esc.err().contains("$.findings[\"\\u001b[31mred\\u0000\"]: unknown feature id"), esc.err());
    assertTrue(esc.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), esc.err());
    Cli.Run huge = Cli.run("{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"" + "x".repeat(30_000) + "\"}}",
        "assess");
    assertEquals(2, huge.exit(), huge.err());
    assertTrue(huge.err().contains("\"" + "x".repeat(80) + "\u2026\" is not allowed"), huge.err());
    assertTrue(huge.err().length() < 300, huge.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-file.json", "reports"})
  @DisplayName("exits 2 with one line for a file that is missing or a directory")
  void unreadableFile(String file) {
    Cli.Run r = Cli.run("", "assess", file);
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("'" + file + "'"), r.err());
  }

  @Test
  @DisplayName("exits 2 with one line for an unknown format or option")
  void usageErrors() {
    Cli.Run format = Cli.run("", "assess", "--format", "xml", "x.json");
    assertEquals(2, format.exit());
    assertEquals(1, format.errLines().size(), format.err());
    assertTrue(format.err().contains("--format") && format.err().contains("xml"));
    Cli.Run option = Cli.run("", "assess", "--colour");
    assertEquals(2, option.exit());
    assertEquals(1, option.errLines().size(), option.err());
    assertTrue(option.err().contains("--colour"));
  }
}
