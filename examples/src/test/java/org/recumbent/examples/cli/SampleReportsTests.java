package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.json.ReportFormatException;

@DisplayName("The sample reports")
class SampleReportsTests {

  @Test
  @DisplayName("stories.jsonl holds every valid sample report, in order, and nothing else")
  void storiesMatchTheFiles() throws IOException {
    List<String> lines = Cli.lines(Cli.storiesJsonl());
    assertEquals(Cli.STORIES.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(Cli.WIRE.readReport(Cli.read(Cli.report(Cli.STORIES.get(i)))), Cli.WIRE.readReport(lines.get(i)),
          Cli.STORIES.get(i));
    }
    try (Stream<Path> files = Files.list(Cli.REPORTS)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).filter(n -> !n.equals("invalid")).sorted().toList();
      assertEquals(Cli.STORIES.stream().sorted().toList(), names);
    }
  }

  @Test
  @DisplayName("invalid.json is invalid for the reason the README gives: a misspelt feature id")
  void invalidIsInvalid() {
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> Cli.WIRE.readReport(Cli.read(Cli.report("invalid"))));
    assertEquals("$.findings[\"quality.burnin\"]", e.path());
  }
}
