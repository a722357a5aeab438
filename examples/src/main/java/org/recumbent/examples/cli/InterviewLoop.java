package org.recumbent.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Answer;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.InterviewSession;
import org.recumbent.core.InterviewSimulator;
import org.recumbent.core.Question;
import org.recumbent.core.StopReason;
import org.recumbent.core.SymptomReport;

/**
 * The interview, in one place: drives the library's {@link InterviewSession} (red flags first,
 * then what would change the answer most) with answers from a person or from a full report, and
 * adds what only a command-line program has: quitting with {@code q}, and running out of input.
 *
 * <p>Both {@code interview} (a person answers) and {@code simulate} (a full report answers) use
 * it, so interview quality is measured on the same loop people see.
 *
 * @since 0.1
 */
final class InterviewLoop {

  /** The default question limit. */
  static final int DEFAULT_MAX_QUESTIONS = 30;

  /** What a person can reply to one question. */
  enum Reply {
    /** Yes. */
    YES,
    /** No. */
    NO,
    /** Don't know: asked, but no information. */
    DONT_KNOW,
    /** Stop the interview now. */
    QUIT;

    /**
     * Parse what a person typed: y/yes, n/no, ?/d/dk/"don't know", q/quit, in any case.
     *
     * @param text the typed text; never {@code null}
     * @return the reply, or empty when the text is not one of them
     */
    static Optional<Reply> parse(String text) {
      switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "y", "yes":
          return Optional.of(YES);
        case "n", "no":
          return Optional.of(NO);
        case "?", "d", "dk", "don't know", "dont know", "unknown":
          return Optional.of(DONT_KNOW);
        case "q", "quit":
          return Optional.of(QUIT);
        default:
          return Optional.empty();
      }
    }

    static Reply of(Answer answer) {
      return switch (answer) {
        case YES -> YES;
        case NO -> NO;
        case DONT_KNOW -> DONT_KNOW;
      };
    }

    Answer answer() {
      return switch (this) {
        case YES -> Answer.YES;
        case NO -> Answer.NO;
        case DONT_KNOW -> Answer.DONT_KNOW;
        case QUIT -> throw new IllegalStateException("quit is not an answer");
      };
    }
  }

  /** Why an interview stopped: the library's reasons, plus running out of input. */
  enum Stop {
    /** The answers so far are enough: nothing left could change the top cause or the level of care. */
    CONFIDENT("The answers so far are enough for an assessment."),
    /** Nothing that matters is left to ask. */
    NO_MORE_QUESTIONS("There is nothing more worth asking."),
    /** The question limit was reached. */
    CAP_REACHED("That is as many questions as this interview asks."),
    /** The answers already call for emergency care. */
    EMERGENCY("Your answers call for urgent care, so there are no more questions."),
    /** The person chose to stop. */
    USER_QUIT("You chose to stop."),
    /** The answers ran out. */
    END_OF_INPUT("There were no more answers.");

    private final String words;

    Stop(String words) {
      this.words = words;
    }

    static Stop of(StopReason reason) {
      return valueOf(reason.name());
    }

    /** Return the reason in plain words. @return the text; never {@code null} */
    String words() {
      return words;
    }
  }

  /** Who answers the questions. */
  @FunctionalInterface
  interface Respondent {
    /**
     * Answer a question, or one item of a checklist (asked as a question about that feature).
     *
     * @param question the question; never {@code null}
     * @param number its number in this interview: "3", or "3.2" for the second item of checklist 3;
     *     never {@code null}
     * @return the reply, or empty when there are no more answers
     */
    Optional<Reply> answer(Question question, String number);

    /**
     * Show a checklist before its items are asked one by one; does nothing by default.
     *
     * @param checklist the checklist; never {@code null}
     * @param number its number in this interview
     */
    default void introduce(Question checklist, int number) {}
  }

  /**
   * How an interview ended.
   *
   * @param report what was learned; never {@code null}
   * @param assessment the final assessment; never {@code null}
   * @param questionsAsked how many questions were answered
   * @param stop why it stopped; never {@code null}
   */
  record Outcome(SymptomReport report, AggregatedAssessment assessment, int questionsAsked, Stop stop) {}

  private final ConditionAggregator aggregator;
  private final int maxQuestions;

  InterviewLoop(ConditionAggregator aggregator, int maxQuestions) {
    this.aggregator = requireNonNull(aggregator, "aggregator");
    if (maxQuestions < 0) {
      throw new IllegalArgumentException("maxQuestions must be at least 0, was " + maxQuestions);
    }
    this.maxQuestions = maxQuestions;
  }

  /**
   * Run an interview.
   *
   * @param start what is known before the first question; never {@code null}
   * @param respondent who answers; never {@code null}
   * @return the outcome; never {@code null}
   */
  Outcome run(SymptomReport start, Respondent respondent) {
    InterviewSession session = aggregator.interview(start, maxQuestions);
    for (Optional<Question> q = session.nextQuestion(); q.isPresent(); q = session.nextQuestion()) {
      int number = session.questionsAsked() + 1;
      Optional<Reply> reply = q.get().kind() == Question.Kind.CHECKLIST
          ? checklist(session, q.get(), number, respondent)
          : respondent.answer(q.get(), Integer.toString(number));
      if (reply.isEmpty() || reply.get() == Reply.QUIT) {
        // Ending early: the session still raises the level of care for a "yes" it could not resolve.
        session.quit();
        return outcome(session, reply.isEmpty() ? Stop.END_OF_INPUT : Stop.USER_QUIT);
      }
      if (q.get().kind() != Question.Kind.CHECKLIST) {
        session.answer(q.get(), reply.get().answer());
      }
    }
    return outcome(session, Stop.of(session.stopReason().orElseThrow()));
  }

  /**
   * Ask a checklist item by item and record the answers, also those given before a quit or the
   * end of input (the rest count as "don't know").
   *
   * @return the last reply: quit or empty to stop, else any answer
   */
  private Optional<Reply> checklist(InterviewSession session, Question checklist, int number, Respondent respondent) {
    respondent.introduce(checklist, number);
    Map<String, Answer> answers = new LinkedHashMap<>();
    Optional<Reply> reply = Optional.of(Reply.DONT_KNOW);
    List<String> items = checklist.features();
    for (int k = 0; k < items.size(); k++) {
      Question item = Question.about(aggregator.vocabulary().feature(items.get(k)).orElseThrow());
      reply = respondent.answer(item, number + "." + (k + 1));
      if (reply.isEmpty() || reply.get() == Reply.QUIT) {
        break;
      }
      answers.put(items.get(k), reply.get().answer());
    }
    if (!answers.isEmpty() || reply.isPresent() && reply.get() != Reply.QUIT) {
      session.answerEach(checklist, answers);
    }
    return reply;
  }

  private static Outcome outcome(InterviewSession session, Stop stop) {
    return new Outcome(session.report(), session.assessment(), session.questionsAsked(), stop);
  }

  /**
   * Return where a simulated interview starts: the patient and the presenting complaint the full
   * report gives ({@link InterviewSimulator#startingReport(SymptomReport)}).
   *
   * @param full the full report; never {@code null}
   * @return the starting report; never {@code null}
   */
  static SymptomReport startingPoint(SymptomReport full) {
    return InterviewSimulator.startingReport(full);
  }

  /**
   * Return a respondent that answers from a full report: yes if any feature of the question is
   * present, no if all are absent, don't know otherwise (a checklist's items are asked one by one)
   * ({@link InterviewSimulator#answerFrom(SymptomReport, Question)}).
   *
   * @param full the full report; never {@code null}
   * @return the respondent; never {@code null}
   */
  static Respondent answeringFrom(SymptomReport full) {
    requireNonNull(full, "full");
    return (question, number) -> Optional.of(Reply.of(InterviewSimulator.answerFrom(full, question)));
  }
}
