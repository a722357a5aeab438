package org.recumbent.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.json.WireFormat;

/**
 * The shortest path from {@code main} to a printed assessment, for {@code coldstart.sh} when the
 * command-line program of {@code examples} is not built: discover the plugins, read one report
 * (a file named on the command line, or the example report of DESIGN.md), assess it, print the
 * assessment as JSON.
 */
public final class ColdStart {

  /** The example report of DESIGN.md's wire format section. */
  static final String EXAMPLE_REPORT = """
      {
        "schemaVersion": 1,
        "patient": { "age": 67, "sex": "male" },
        "findings": {
          "timing.worse_lying_down": "present",
          "relief.dangling_legs": "present",
          "quality.burning": "present",
          "location.feet_toes": "present",
          "history.smoking": "present",
          "relief.walking_moving": "absent"
        }
      }
      """;

  private ColdStart() {}

  /**
   * Assess one report and print the assessment.
   *
   * @param args optionally, the path of a report in the JSON wire format
   * @throws IOException if the report file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] json = args.length > 0 ? Files.readAllBytes(Path.of(args[0]))
        : EXAMPLE_REPORT.getBytes(StandardCharsets.UTF_8);
    ConditionAggregator aggregator = ConditionAggregator.builder().discoverPlugins().build();
    WireFormat wire = WireFormat.of(aggregator.vocabulary());
    System.out.println(wire.writeAssessment(aggregator.assess(wire.readReport(json))));
  }
}
