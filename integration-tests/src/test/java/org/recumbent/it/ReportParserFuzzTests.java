package org.recumbent.it;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.ReportFormatException;
import org.recumbent.json.WireFormat;

/**
 * Fuzzes the report parser: any bytes give a report or a {@link ReportFormatException}, never any
 * other exception and never a hang. Seeds and regression inputs live in
 * {@code src/test/resources/org/recumbent/it/ReportParserFuzzTestsInputs/readReport/}.
 */
class ReportParserFuzzTests {

  private static final WireFormat JSON = WireFormat.of(Installed.AGGREGATOR.vocabulary());

  @FuzzTest(maxDuration = "60s")
  void readReport(byte[] data) {
    SymptomReport report;
    try {
      report = JSON.readReport(data);
    } catch (ReportFormatException expected) {
      if (expected.getMessage() == null || expected.path().isEmpty()) {
        throw new AssertionError("a ReportFormatException must name the JSON path of the problem", expected);
      }
      return;
    }
    // What was accepted must be assessable and must survive a round trip.
    Installed.QUICK.assess(report);
    SymptomReport again = JSON.readReport(JSON.writeReport(report));
    if (!again.equals(report)) {
      throw new AssertionError("round trip changed " + report + " into " + again);
    }
  }
}
