package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Replays full symptom reports as interviews, to measure how few questions the interview needs
 * and whether it reaches the same answer as the full report.
 *
 * <p>Each story starts from the patient and whichever of {@link #STARTING_FEATURES} the full report
 * gives (what a person says first: "my legs ache when I lie down"). Every question is answered from
 * the full report, as {@link #answerFrom(SymptomReport, Question)} and, for a checklist,
 * {@link #answersFrom(SymptomReport, Question)} describe. The run then compares
 * the interview's final assessment with the full report's: same top condition, and a level of care
 * never lower. Uses the public API only; thread-safe if the aggregator is (it is).
 *
 * @since 0.1
 */
public final class InterviewSimulator {

  /** The findings a story starts with, when the full report gives them. */
  public static final List<String> STARTING_FEATURES =
      List.of("timing.worse_lying_down", "timing.worse_evening_night", "timing.wakes_from_sleep");

  private final ConditionAggregator aggregator;
  private final int maxQuestions;

  /**
   * Create a simulator.
   *
   * @param aggregator the aggregator to interview with; never {@code null}
   * @param maxQuestions the cap of every interview, at least 0
   * @throws IllegalArgumentException if {@code maxQuestions} is negative
   */
  public InterviewSimulator(ConditionAggregator aggregator, int maxQuestions) {
    this.aggregator = requireNonNull(aggregator, "aggregator");
    checkArgument(maxQuestions >= 0, "maxQuestions %s must be at least 0", maxQuestions);
    this.maxQuestions = maxQuestions;
  }

  /**
   * Return what a story starts with: the patient and the {@link #STARTING_FEATURES} the report gives.
   *
   * @param full the full report; never {@code null}
   * @return the starting report; never {@code null}
   */
  public static SymptomReport startingReport(SymptomReport full) {
    SymptomReport.Builder b = SymptomReport.builder().patient(full.patient());
    for (String f : STARTING_FEATURES) {
      if (full.isAnswered(f)) {
        b.finding(f, full.state(f));
      }
    }
    return b.build();
  }

  /**
   * Answer a question from a full report: a single feature is "yes" when present, "no" when absent,
   * and "don't know" when unknown or not mentioned; a grouped question is "yes" when any of its
   * features is present, "no" when all are absent, and "don't know" otherwise.
   *
   * @param full the full report; never {@code null}
   * @param question the question; never {@code null}
   * @return the answer; never {@code null}
   */
  public static Answer answerFrom(SymptomReport full, Question question) {
    boolean allAbsent = true;
    for (String f : question.features()) {
      if (full.isPresent(f)) {
        return Answer.YES;
      }
      allAbsent &= full.isAbsent(f);
    }
    return allAbsent ? Answer.NO : Answer.DONT_KNOW;
  }

  /**
   * Answer a question item by item from a full report, as a {@link Question.Kind#CHECKLIST} is
   * answered: each item "yes" when present, "no" when absent, "don't know" when unknown or not mentioned.
   *
   * @param full the full report; never {@code null}
   * @param question the question; never {@code null}
   * @return each item's answer, in the question's order; never {@code null}
   */
  public static Map<String, Answer> answersFrom(SymptomReport full, Question question) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (String f : question.features()) {
      out.put(f, Answer.of(full.state(f)));
    }
    return out;
  }

  /**
   * Replay one story.
   *
   * @param full the full report; never {@code null}
   * @return the outcome; never {@code null}
   * @throws IllegalArgumentException if the report names a feature outside the aggregator's vocabulary
   */
  public Run run(SymptomReport full) {
    requireNonNull(full, "full");
    AggregatedAssessment reference = aggregator.assess(full);
    InterviewSession session = aggregator.interview(startingReport(full), maxQuestions);
    for (Optional<Question> q = session.nextQuestion(); q.isPresent(); q = session.nextQuestion()) {
      if (q.get().kind() == Question.Kind.CHECKLIST) {
        session.answerEach(q.get(), answersFrom(full, q.get()));
      } else {
        session.answer(q.get(), answerFrom(full, q.get()));
      }
    }
    AggregatedAssessment result = session.assessment();
    return new Run(full, reference.topCondition().map(RankedCondition::condition),
        result.topCondition().map(RankedCondition::condition), reference.triage(), result.triage(),
        session.stopReason().orElseThrow(), session.transcript());
  }

  /**
   * Replay many stories.
   *
   * @param stories the full reports; never {@code null}
   * @return the summary; never {@code null}
   */
  public Summary run(List<SymptomReport> stories) {
    List<Run> runs = new ArrayList<>(stories.size());
    for (SymptomReport s : stories) {
      runs.add(run(s));
    }
    return new Summary(runs);
  }

  /**
   * The outcome of one story.
   *
   * @param story the full report; never {@code null}
   * @param fullTop the full report's top condition, if any; never {@code null}
   * @param interviewTop the interview's top condition, if any; never {@code null}
   * @param fullTriage the full report's level of care; never {@code null}
   * @param interviewTriage the interview's level of care; never {@code null}
   * @param stopReason why the interview stopped; never {@code null}
   * @param transcript the questions and answers; never {@code null}
   * @since 0.1
   */
  public record Run(SymptomReport story, Optional<String> fullTop, Optional<String> interviewTop,
      Triage fullTriage, Triage interviewTriage, StopReason stopReason, List<AskedQuestion> transcript) {

    /** Create a run, copying the transcript. */
    public Run {
      requireNonNull(story, "story");
      requireNonNull(fullTop, "fullTop");
      requireNonNull(interviewTop, "interviewTop");
      requireNonNull(fullTriage, "fullTriage");
      requireNonNull(interviewTriage, "interviewTriage");
      requireNonNull(stopReason, "stopReason");
      transcript = List.copyOf(transcript);
    }

    /** Return how many questions were asked. @return the count */
    public int questions() {
      return transcript.size();
    }

    /**
     * Return how many answers the person gave: one per question, one per item of a checklist
     * answered item by item.
     *
     * @return the count, at least {@link #questions()}
     */
    public int answers() {
      int n = 0;
      for (AskedQuestion a : transcript) {
        n += a.items().isEmpty() ? 1 : a.items().size();
      }
      return n;
    }

    /** Return whether the interview ends with the full report's top condition. @return the flag */
    public boolean topAgrees() {
      return fullTop.equals(interviewTop);
    }

    /** Return whether the interview's level of care is at least as urgent as the full report's. @return the flag */
    public boolean triageNotLower() {
      return interviewTriage.isAtLeast(fullTriage);
    }
  }

  /**
   * The outcome of many stories.
   *
   * @param runs one run per story, in order; never {@code null}
   * @since 0.1
   */
  public record Summary(List<Run> runs) {

    /** Create a summary, copying the list. */
    public Summary {
      runs = List.copyOf(runs);
    }

    /** Return the number of stories. @return the count */
    public int stories() {
      return runs.size();
    }

    /** Return how many stories ended with the full report's top condition. @return the count */
    public int topAgreements() {
      int n = 0;
      for (Run r : runs) {
        n += r.topAgrees() ? 1 : 0;
      }
      return n;
    }

    /** Return the share of stories that ended with the full report's top condition. @return in [0, 1]; 1 when empty */
    public double topAgreementRate() {
      return runs.isEmpty() ? 1.0 : (double) topAgreements() / runs.size();
    }

    /** Return how many stories ended with a lower level of care than the full report. @return the count */
    public int triageLower() {
      int n = 0;
      for (Run r : runs) {
        n += r.triageNotLower() ? 0 : 1;
      }
      return n;
    }

    /** Return the mean number of questions. @return the mean; 0 when empty */
    public double meanQuestions() {
      long sum = 0;
      for (Run r : runs) {
        sum += r.questions();
      }
      return runs.isEmpty() ? 0 : (double) sum / runs.size();
    }

    /** Return the mean number of answers, checklist items counted one by one. @return the mean; 0 when empty */
    public double meanAnswers() {
      long sum = 0;
      for (Run r : runs) {
        sum += r.answers();
      }
      return runs.isEmpty() ? 0 : (double) sum / runs.size();
    }

    /** Return the largest number of questions in one story. @return the maximum; 0 when empty */
    public int maxQuestions() {
      int max = 0;
      for (Run r : runs) {
        max = Math.max(max, r.questions());
      }
      return max;
    }

    /** Return how many stories took each number of questions. @return questions to stories; never {@code null} */
    public SortedMap<Integer, Integer> distribution() {
      SortedMap<Integer, Integer> out = new TreeMap<>();
      for (Run r : runs) {
        out.merge(r.questions(), 1, Integer::sum);
      }
      return out;
    }

    /** Return how many stories stopped for each reason. @return reason to stories; never {@code null} */
    public Map<StopReason, Integer> stopReasons() {
      Map<StopReason, Integer> out = new EnumMap<>(StopReason.class);
      for (Run r : runs) {
        out.merge(r.stopReason(), 1, Integer::sum);
      }
      return out;
    }

    /**
     * Return a plain-text report: agreement, triage, mean, maximum and distribution of questions.
     *
     * @return the text; never {@code null}
     */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append("stories: ").append(stories()).append('\n');
      sb.append(String.format(java.util.Locale.ROOT, "top condition agrees: %d/%d (%.1f%%)%n", topAgreements(),
          stories(), 100 * topAgreementRate()));
      sb.append("triage lower than the full report: ").append(triageLower()).append('\n');
      sb.append(String.format(java.util.Locale.ROOT, "questions: mean %.2f, max %d (answers, checklist items one by one: mean %.2f)%n",
          meanQuestions(), maxQuestions(), meanAnswers()));
      sb.append("distribution (questions: stories):");
      distribution().forEach((k, v) -> sb.append(' ').append(k).append(':').append(v));
      sb.append('\n');
      sb.append("stop reasons:");
      stopReasons().forEach((k, v) -> sb.append(' ').append(k).append(':').append(v));
      sb.append('\n');
      return sb.toString();
    }
  }
}
