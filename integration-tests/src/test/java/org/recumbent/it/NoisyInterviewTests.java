package org.recumbent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.InterviewSimulator;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.WireFormat;

/**
 * The interview over 300 generated noisy stories ({@code src/test/resources/interview/noisy.jsonl}:
 * each condition's hallmark findings kept with chance 0.6, plus unrelated findings), written by a
 * separate generator so that the interview is not only measured on the stories its rules were
 * tuned on. Each line is {@code {"name", "expectedCondition", "report"}}; only the report is used:
 * the interview is compared with the full report's own assessment.
 */
@DisplayName("The interview over generated noisy stories")
class NoisyInterviewTests {

  static List<SymptomReport> reports() {
    WireFormat json = WireFormat.of(Installed.AGGREGATOR.vocabulary());
    ObjectMapper mapper = new ObjectMapper();
    List<SymptomReport> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        NoisyInterviewTests.class.getResourceAsStream("/interview/noisy.jsonl")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = mapper.readTree(line);
          out.add(json.readReport(n.get("report").toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  @DisplayName("reaches the full report's top condition in at least 95%, lowers the triage in at most 1%, with a mean of at most 8 questions")
  void measures() {
    List<SymptomReport> reports = reports();
    assertEquals(300, reports.size());
    InterviewSimulator.Summary s = new InterviewSimulator(Installed.AGGREGATOR, ClinicalStoriesTests.INTERVIEW_CAP).run(reports);
    System.out.println("Interview over " + s.stories() + " noisy stories:\n" + s.format());
    assertTrue(s.topAgreementRate() >= 0.95, s.format());
    assertTrue(s.triageLower() <= s.stories() / 100, s.format());
    assertTrue(s.meanQuestions() <= 8.0, s.format());
  }
}
