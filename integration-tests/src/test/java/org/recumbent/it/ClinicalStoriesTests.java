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
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.InterviewSimulator;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.json.WireFormat;

/**
 * Clinical stories (vignettes) over every installed plugin, scored the way published
 * symptom-checker evaluations score them (Semigran 2015, Gilbert 2020): the expected condition
 * first and in the top three, emergencies never under-triaged, few stories over-triaged.
 *
 * <p>The stories live in {@code src/test/resources/stories/*.jsonl}, one per line:
 * {@code {"name", "expectedCondition", "expectedTriage", "report"}}. They were written from the seed
 * text and the criteria in clinical-sources.md, including the hard pairs (PAD vs neuropathy in a
 * diabetic, RLS vs cramps, CVI vs PAD, sciatica vs hip arthritis), sparse stories and emergencies;
 * {@code independent.jsonl} was written by a separate author who saw only DESIGN.md, the seed and
 * clinical-sources.md, never the models, before it was first run.
 */
class ClinicalStoriesTests {

  record Story(String name, String expectedCondition, Triage expectedTriage, SymptomReport report) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<String> FILES = List.of("classic.jsonl", "hard-pairs-and-sparse.jsonl", "warnings-and-mixed.jsonl",
      "independent.jsonl");

  static List<Story> stories() {
    WireFormat json = WireFormat.of(Installed.AGGREGATOR.vocabulary());
    ObjectMapper mapper = new ObjectMapper();
    List<Story> out = new ArrayList<>();
    for (String file : FILES) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
          ClinicalStoriesTests.class.getResourceAsStream("/stories/" + file)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = mapper.readTree(line);
          out.add(new Story(n.get("name").asText(), n.get("expectedCondition").asText(),
              Triage.valueOf(n.get("expectedTriage").asText()), json.readReport(n.get("report").toString())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static Stream<Story> storyStream() {
    return stories().stream();
  }

  private static int rank(AggregatedAssessment a, String condition) {
    List<RankedCondition> d = a.differential();
    for (int i = 0; i < d.size(); i++) {
      if (d.get(i).condition().equals(condition)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storyStream")
  @DisplayName("every story has its condition in the top three and is never under-triaged")
  void topThreeAndSafeTriage(Story story) {
    AggregatedAssessment a = Installed.QUICK.assess(story.report());
    assertTrue(rank(a, story.expectedCondition()) < 3,
        story.expectedCondition() + " not in the top three: " + a.differential());
    assertTrue(a.triage().isAtLeast(story.expectedTriage()),
        "under-triaged: " + a.triage() + " < " + story.expectedTriage() + " " + a.warnings());
  }

  @Test
  @DisplayName("the expected condition is first in at least 90% of stories and at most one in ten is over-triaged")
  void accuracy() {
    List<Story> all = stories();
    int first = 0;
    int over = 0;
    List<String> misses = new ArrayList<>();
    for (Story s : all) {
      AggregatedAssessment a = Installed.QUICK.assess(s.report());
      if (rank(a, s.expectedCondition()) == 0) {
        first++;
      } else if (!s.expectedTriage().isAtLeast(Triage.EMERGENCY)) {
        misses.add(s.name() + " -> " + a.topCondition().map(RankedCondition::condition).orElse("none"));
      }
      if (a.triage().isMoreUrgentThan(s.expectedTriage())) {
        over++;
        misses.add("over-triaged: " + s.name() + " -> " + a.triage());
      }
    }
    // Emergencies (clot, embolism) are judged on triage: no condition in the product is a clot.
    long nonEmergency = all.stream().filter(s -> !s.expectedTriage().isAtLeast(Triage.EMERGENCY)).count();
    long firstNonEmergency = nonEmergency - misses.stream().filter(m -> !m.startsWith("over-triaged")).count();
    assertTrue(firstNonEmergency >= Math.ceil(0.9 * nonEmergency), "first in " + firstNonEmergency + "/"
        + nonEmergency + ": " + misses);
    assertTrue(over * 10 <= all.size(), "over-triaged " + over + "/" + all.size() + ": " + misses);
    assertTrue(first > 0);
  }

  /** The question cap of this measurement; the command line's simulate uses the same. */
  static final int INTERVIEW_CAP = 30;

  @Test
  @DisplayName("the interview reaches the full report's answer, never with a lower triage")
  void interview() {
    List<SymptomReport> reports = stories().stream().map(Story::report).toList();
    InterviewSimulator.Summary summary = new InterviewSimulator(Installed.AGGREGATOR, INTERVIEW_CAP).run(reports);
    System.out.println("Interview over " + reports.size() + " clinical stories:\n" + summary.format());
    assertEquals(0, summary.triageLower(), summary.format());
    assertTrue(summary.topAgreementRate() >= 0.95, summary.format());
    // Issue 6: a mean of at most 8 questions (a checklist counts as one question; see the README,
    // "Interview", for the items answered as well).
    assertTrue(summary.meanQuestions() <= 8.0, summary.format());
  }
}
