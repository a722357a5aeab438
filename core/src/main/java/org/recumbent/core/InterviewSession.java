package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.recumbent.internal.InterviewPlanner;
import org.recumbent.internal.Messages;

/**
 * An interview with one person: asks the fewest questions that lead to a safe, confident
 * assessment. Get one from {@link ConditionAggregator#interview(SymptomReport, int)}.
 *
 * <pre>{@code
 * InterviewSession session = aggregator.interview(SymptomReport.builder().age(67)
 *     .present("timing.worse_lying_down").build(), 12);
 * for (Optional<Question> q = session.nextQuestion(); q.isPresent(); q = session.nextQuestion()) {
 *   if (q.get().kind() == Question.Kind.CHECKLIST) {
 *     session.answerEach(q.get(), askEachItem(q.get()));   // Map<String, Answer> by feature id
 *   } else {
 *     session.answer(q.get(), askThePerson(q.get().question()));
 *   }
 * }
 * AggregatedAssessment result = session.assessment();   // and session.stopReason()
 * }</pre>
 *
 * <h2>What it asks</h2>
 * Red flags first: every red flag an installed plugin reads that is not yet answered, some as one
 * grouped question ("Is one leg swollen, warm and red, or do you have chest pain or feel short of
 * breath?"). Then the warning signs the installed plugins read, in one or two grouped questions
 * built from their descriptions ("Have you noticed any of these: …?"). Then the unanswered features
 * by how much their answer is expected to change the differential and, above all, the level of care:
 * the best one together with the next best of its kind (what it feels like, where, what eases it, …)
 * as one {@link Question.Kind#CHECKLIST} ("Which of these describe what you feel? …"), answered item
 * by item with {@link #answerEach(Question, Map)}. A question answered "don't know" is never asked again.
 *
 * <h2>Grouped questions</h2>
 * The same rules hold for red flags and warning signs. "No" marks every feature of the group absent;
 * "don't know" marks each one answered "unknown". "Yes" marks nothing yet: the group's features come
 * back next as one checklist ("You said yes. Which of these is it? …"; a red-flag group's before
 * anything else), so the warning that fires names what is really there. That follow-up answered
 * "yes" as a whole, rather than item by item, marks its items "unknown". If the interview ends while
 * a group answered "yes" is unresolved (none of its features answered "yes", not all "no"), the
 * assessment is raised to the most urgent level any of them could trigger, with a note: the person
 * said yes to something urgent, and safety beats cleverness.
 *
 * <h2>When it stops</h2>
 * {@link #nextQuestion()} returns empty, and {@link #stopReason()} says why: {@link StopReason#EMERGENCY}
 * as soon as the assessment calls for emergency care; {@link StopReason#CAP_REACHED} at the caller's
 * limit; {@link StopReason#NO_MORE_QUESTIONS} when nothing that matters is left to ask;
 * {@link StopReason#CONFIDENT} when every applicable red flag and warning group is answered, no
 * answer with a fair chance could change the top condition (which is likely and well ahead, unless
 * the person mostly answers "don't know"), and none with a small chance could make the level of
 * care more urgent; {@link StopReason#USER_QUIT} after
 * {@link #quit()}. At most {@code maxQuestions} questions are asked, and never more than the
 * features of the vocabulary plus the groups answered "yes".
 *
 * <h2>Threading</h2>
 * A session is mutable and thread-confined: use it from one thread at a time. The reports and
 * assessments it hands out are immutable.
 *
 * @since 0.1
 */
public final class InterviewSession {

  private final ConditionAggregator aggregator;
  private final InterviewPlanner planner;
  private final int maxQuestions;
  private final int listed;
  private SymptomReport report;
  private final List<AskedQuestion> transcript = new ArrayList<>();
  private final Set<String> groupedYes = new HashSet<>();
  private final List<Question> yesGroups = new ArrayList<>();
  private @Nullable StopReason stopReason;
  private @Nullable Question pending;
  private boolean decided;
  private @Nullable AggregatedAssessment plain;
  private InterviewPlanner.@Nullable Plan plan;

  InterviewSession(ConditionAggregator aggregator, InterviewPlanner planner, SymptomReport initial,
      int maxQuestions, int listed) {
    this.aggregator = aggregator;
    this.planner = planner;
    this.report = initial;
    this.maxQuestions = maxQuestions;
    this.listed = listed;
  }

  /**
   * Return the question to ask next, deciding whether to stop first.
   *
   * <p>Calling it again before answering returns the same question.
   *
   * @return the question, or empty once the interview has stopped (see {@link #stopReason()})
   */
  public Optional<Question> nextQuestion() {
    decide();
    return Optional.ofNullable(pending);
  }

  private void decide() {
    if (decided) {
      return;
    }
    decided = true;
    pending = null;
    if (stopReason != null) {
      return;
    }
    Triage triage = plain().triage();
    if (triage.isAtLeast(Triage.EMERGENCY)) {
      // Emergency: stop asking, except for a red flag the person already said yes to as part of the
      // group that could still call for an ambulance (a swollen, red leg and, next, chest pain).
      if (triage == Triage.EMERGENCY && transcript.size() < maxQuestions) {
        for (Feature f : aggregator.vocabulary().redFlags()) {
          if (groupedYes.contains(f.id()) && !report.isAnswered(f.id())
              && planner.escalation(f.id()) == Triage.EMERGENCY_AMBULANCE) {
            pending = Question.about(f);
            return;
          }
        }
        // Also one finding that, with what is known, would call for an ambulance (weakness and back
        // pain known, both legs not yet asked: cauda equina): asked before stopping, so the person
        // is not sent to the emergency department when an ambulance is needed.
        Feature completing = ambulanceWithOneMore();
        if (completing != null) {
          pending = Question.about(completing);
          return;
        }
      }
      stopReason = StopReason.EMERGENCY;
      return;
    }
    if (transcript.size() >= maxQuestions) {
      stopReason = StopReason.CAP_REACHED;
      return;
    }
    InterviewPlanner.Plan p = plan();
    if (p.questions().isEmpty()) {
      stopReason = p.redFlagPending() || p.candidates() > 0 ? StopReason.CONFIDENT : StopReason.NO_MORE_QUESTIONS;
    } else if (!p.redFlagPending() && !p.decisive()) {
      stopReason = StopReason.CONFIDENT;
    } else {
      pending = p.questions().get(0);
    }
  }

  /**
   * The first unasked feature of the vocabulary whose "yes", added to the answers so far, would
   * make the assessment call for an ambulance; or null. Only asked at the emergency level, so the
   * hypothetical assessments (one per unasked feature that some plugin reads) are rare.
   */
  private @Nullable Feature ambulanceWithOneMore() {
    for (Feature f : aggregator.vocabulary().features()) {
      if (report.isAnswered(f.id()) || !planner.isRelevant(f.id())) {
        continue;
      }
      SymptomReport withIt = report.toBuilder().finding(f.id(), FindingState.PRESENT).build();
      if (aggregator.assessWithoutQuestions(withIt).triage() == Triage.EMERGENCY_AMBULANCE) {
        return f;
      }
    }
    return null;
  }

  private AggregatedAssessment plain() {
    if (plain == null) {
      plain = aggregator.assessWithoutQuestions(report);
    }
    return plain;
  }

  private InterviewPlanner.Plan plan() {
    if (plan == null) {
      plan = planner.plan(report, groupedYes, Math.max(1, listed), answerRate());
    }
    return plan;
  }

  /**
   * The chance that this person's next answer is yes or no rather than "don't know": Laplace's rule
   * of succession over the answers to single questions and checklist items other than red flags.
   */
  private double answerRate() {
    int asked = 0;
    int known = 0;
    for (AskedQuestion a : transcript) {
      if (a.question().redFlag()) {
        continue;
      }
      if (a.question().kind() == Question.Kind.SINGLE) {
        asked++;
        known += a.answer() == Answer.DONT_KNOW ? 0 : 1;
      } else {
        for (Answer item : a.items().values()) {
          asked++;
          known += item == Answer.DONT_KNOW ? 0 : 1;
        }
      }
    }
    return (known + 1.0) / (asked + 2.0);
  }

  /**
   * Record the answer to a question and move on.
   *
   * <p>The question is usually the one {@link #nextQuestion()} returned, but may be any question
   * about unanswered features of the vocabulary, such as one from {@link AggregatedAssessment#nextQuestions()}.
   *
   * @param question the question; never {@code null}
   * @param answer the answer; never {@code null}
   * @throws IllegalStateException if the interview has stopped
   * @throws IllegalArgumentException if the question names a feature outside the vocabulary, or was
   *     already answered
   */
  public void answer(Question question, Answer answer) {
    requireNonNull(question, "question");
    requireNonNull(answer, "answer");
    checkAnswerable(question);
    boolean grouped = question.kind() != Question.Kind.SINGLE;
    SymptomReport.Builder b = report.toBuilder();
    if (grouped && answer == Answer.YES && !groupedYes.containsAll(question.features())) {
      groupedYes.addAll(question.features());
      yesGroups.add(question);
    } else {
      // A follow-up answered "yes" as a whole says nothing new about which item it is: each stays
      // unknown, and the group answered "yes" before stays unresolved.
      FindingState state = grouped && answer == Answer.YES ? FindingState.UNKNOWN : answer.state();
      for (String f : question.features()) {
        b.finding(f, state);
      }
    }
    report = b.build();
    transcript.add(new AskedQuestion(question, answer));
    decided = false;
    plain = null;
    plan = null;
  }

  /** Check that the interview goes on, and that every feature of the question is in the vocabulary and unanswered. */
  private void checkAnswerable(Question question) {
    decide();
    checkState(stopReason == null, "the interview has stopped (%s); no more answers are taken", stopReason);
    for (String f : question.features()) {
      checkArgument(aggregator.vocabulary().contains(f), "%s", aggregator.vocabulary().unknownFeatureMessage(f));
      checkArgument(!report.isAnswered(f), "'%s' was already answered", f);
    }
    checkArgument(!yesGroups.contains(question), "the grouped question on '%s' was already answered", question.feature());
  }

  /**
   * Record the answers to a question item by item, as a {@link Question.Kind#CHECKLIST} is answered,
   * and move on. Any question may be answered this way; an item left out of {@code answers} is
   * answered "don't know" (a screen where the person ticks what applies passes {@link Answer#YES}
   * for each ticked item and nothing for the rest).
   *
   * @param question the question; never {@code null}
   * @param answers the answer to each item, keyed by feature id; never {@code null}
   * @throws IllegalStateException if the interview has stopped
   * @throws IllegalArgumentException if the question names a feature outside the vocabulary, or was
   *     already answered, or {@code answers} names a feature the question does not cover
   */
  public void answerEach(Question question, Map<String, Answer> answers) {
    requireNonNull(question, "question");
    requireNonNull(answers, "answers");
    checkAnswerable(question);
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      checkArgument(question.features().contains(requireNonNull(e.getKey(), "answers key")),
          "'%s' is not an item of this question; its items are %s", Messages.echo(e.getKey()), question.features());
      requireNonNull(e.getValue(), "answers value");
    }
    SymptomReport.Builder b = report.toBuilder();
    Map<String, Answer> items = new LinkedHashMap<>();
    boolean any = false;
    boolean all = true;
    for (String f : question.features()) {
      Answer a = answers.getOrDefault(f, Answer.DONT_KNOW);
      items.put(f, a);
      b.finding(f, a.state());
      any |= a == Answer.YES;
      all &= a == Answer.NO;
    }
    report = b.build();
    transcript.add(new AskedQuestion(question, any ? Answer.YES : all ? Answer.NO : Answer.DONT_KNOW, items));
    decided = false;
    plain = null;
    plan = null;
  }

  /** Stop the interview at the person's request; the assessment is given as it stands. */
  public void quit() {
    decide();
    if (stopReason == null) {
      stopReason = StopReason.USER_QUIT;
      pending = null;
    }
  }

  /**
   * Return why the interview stopped.
   *
   * @return the reason, or empty while there is a question to ask
   */
  public Optional<StopReason> stopReason() {
    decide();
    return Optional.ofNullable(stopReason);
  }

  /**
   * Return whether the interview has stopped.
   *
   * @return {@code true} once {@link #nextQuestion()} returns empty
   */
  public boolean isFinished() {
    return stopReason().isPresent();
  }

  /**
   * Return the assessment of everything answered so far.
   *
   * <p>Its next questions are this interview's next questions; they are empty once it stopped as
   * {@link StopReason#CONFIDENT}, {@link StopReason#NO_MORE_QUESTIONS} or
   * {@link StopReason#EMERGENCY}.
   *
   * @return the assessment; never {@code null}
   */
  public AggregatedAssessment assessment() {
    decide();
    AggregatedAssessment a = plain();
    boolean listQuestions = listed > 0 && (stopReason == null || stopReason == StopReason.CAP_REACHED
        || stopReason == StopReason.USER_QUIT);
    List<Question> next = listQuestions ? plan().questions() : List.of();
    if (next.size() > listed) {
      next = next.subList(0, listed);
    }
    Triage triage = a.triage();
    List<String> notes = new ArrayList<>(a.notes());
    for (Question g : yesGroups) {
      if (unresolved(g)) {
        for (String f : g.features()) {
          Triage e = planner.escalation(f);
          if (e != null) {
            triage = Triage.mostUrgent(triage, e);
          }
        }
        notes.add(InterviewTexts.unresolvedGroup(g.question()));
      }
    }
    return AggregatedAssessment.builder()
        .triage(triage, triage == a.triage() ? a.triageMessage() : InterviewTexts.triage(triage))
        .outOfScope(a.outOfScope())
        .differential(a.differential())
        .warnings(a.warnings())
        .advice(a.advice())
        .avoid(a.avoid())
        .watchFor(a.watchFor())
        .nextQuestions(next)
        .failedPlugins(a.failedPlugins())
        .notes(notes)
        .disclaimer(a.disclaimer())
        .build();
  }

  private boolean unresolved(Question group) {
    boolean allAbsent = true;
    for (String f : group.features()) {
      if (report.isPresent(f)) {
        return false;
      }
      allAbsent &= report.isAbsent(f);
    }
    return !allAbsent;
  }

  /**
   * Return the report as it stands: the initial findings and every answer.
   *
   * @return the report; never {@code null}
   */
  public SymptomReport report() {
    return report;
  }

  /**
   * Return the questions asked so far and their answers, in order.
   *
   * @return an immutable copy; never {@code null}
   */
  public List<AskedQuestion> transcript() {
    return List.copyOf(transcript);
  }

  /**
   * Return how many questions have been answered.
   *
   * @return the count
   */
  public int questionsAsked() {
    return transcript.size();
  }

  /**
   * Return the caller's limit on questions.
   *
   * @return the limit, at least 0
   */
  public int maxQuestions() {
    return maxQuestions;
  }

  @Override
  public String toString() {
    return "InterviewSession{asked=" + transcript.size() + "/" + maxQuestions + ", stop=" + stopReason + ", " + report + "}";
  }
}
