package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recumbent.core.Feature;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;

@DisplayName("recumbent conditions, vocabulary and --help")
class ListingCommandsTests {

  @Test
  @DisplayName("conditions lists the three built-in plugins and the statin example, with every condition, code and source")
  void conditions() {
    Cli.Run r = Cli.run("", "conditions");
    assertEquals(0, r.exit(), r.err());
    for (String id : List.of("vascular.pad", "vascular.cvi", "neuro.rls", "neuro.neuropathy", "musculoskeletal.cramps",
        "musculoskeletal.arthritis", "musculoskeletal.sciatica", "statin.sams")) {
      assertTrue(r.out().contains("  " + id + ": "), id);
    }
    for (PluginDescriptor p : Cli.AGGREGATOR.plugins()) {
      assertTrue(r.out().contains("Plugin " + p.id() + ": " + p.displayName()), p.id());
      for (ConditionDescriptor c : p.conditions()) {
        assertTrue(r.out().contains("ICD-10-CM " + c.icd10().value() + " (" + c.icd10().display() + ")"), c.id());
        c.sources().forEach(s -> assertTrue(r.out().contains(s.citation()), s.citation()));
      }
    }
    assertTrue(r.out().contains("ICD-10-CM G72.0 (Drug-induced myopathy), not verified"));
  }

  @Test
  @DisplayName("vocabulary lists every feature, the plugins' own too, each with its question")
  void vocabulary() {
    Cli.Run r = Cli.run("", "vocabulary");
    assertEquals(0, r.exit());
    List<Feature> features = Cli.AGGREGATOR.vocabulary().features();
    assertTrue(r.out().startsWith(features.size() + " features."));
    for (Feature f : features) {
      assertTrue(r.out().contains("  " + f.id() + "\n      " + f.question() + "\n"), f.id());
    }
    assertTrue(r.out().contains("statin.dark_urine"));
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"assess", "batch", "interview", "simulate", "conditions", "vocabulary"})
  @DisplayName("every command explains itself with --help and exits 0")
  void help(String command) {
    Cli.Run r = Cli.run("", command, "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: recumbent " + command), r.out());
    assertEquals("", r.err());
  }

  @Test
  @DisplayName("the program lists its commands and exit codes with --help, and --version prints the version")
  void rootHelp() {
    Cli.Run r = Cli.run("", "--help");
    assertEquals(0, r.exit());
    for (String c : List.of("assess", "batch", "interview", "simulate", "conditions", "vocabulary")) {
      assertTrue(r.out().contains("  " + c + " "), c);
    }
    assertTrue(r.out().contains("3  batch or simulate: some lines were not valid reports"));
    Cli.Run v = Cli.run("", "--version");
    assertEquals(0, v.exit());
    assertEquals("recumbent 0.1.0", v.out().strip());
  }

  @Test
  @DisplayName("the command list gives each command a complete sentence, not a line cut short")
  void commandSummaries() {
    Cli.Run r = Cli.run("", "--help");
    String commands = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit codes:"));
    // Each entry is the command's name on an indented line, then its summary wrapped onto deeper lines.
    Matcher entry = Pattern.compile("(?m)^  (\\S+) +(.*(?:\\R {5,}.*)*)").matcher(commands);
    List<String> seen = new ArrayList<>();
    while (entry.find()) {
      String summary = entry.group(2).replaceAll("\\s+", " ").strip();
      seen.add(entry.group(1));
      assertTrue(summary.endsWith("."), entry.group(1) + ": " + summary);
    }
    assertEquals(Recumbent.COMMANDS, seen, commands);
  }

  @Test
  @DisplayName("no command, or an unknown one, exits 2 with one line")
  void noCommand() {
    for (String[] args : List.of(new String[0], new String[] {"diagnose"})) {
      Cli.Run r = Cli.run("", args);
      assertEquals(2, r.exit());
      assertEquals(1, r.errLines().size(), r.err());
      assertEquals("", r.out());
    }
  }
}
