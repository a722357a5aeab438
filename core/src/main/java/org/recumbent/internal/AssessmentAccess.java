package org.recumbent.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.Question;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Triage;
import org.recumbent.core.Warning;
import org.recumbent.core.WatchFor;

/**
 * Lets the assessment engine make an {@link AggregatedAssessment} from lists it already made
 * immutable, without the builder and its checks and copies. Set once by
 * {@code AggregatedAssessment} when that class is initialised; this package is not exported.
 */
public abstract class AssessmentAccess {

  private static volatile @Nullable AssessmentAccess instance;

  /**
   * Install the access; only the first call counts.
   *
   * @param access the access
   */
  public static synchronized void install(AssessmentAccess access) {
    if (instance == null) {
      instance = access;
    }
  }

  /**
   * Return the access, initialising {@code AggregatedAssessment} (which installs it) if needed.
   *
   * @return the access
   */
  public static AssessmentAccess get() {
    AssessmentAccess a = instance;
    if (a == null) {
      AggregatedAssessment.builder(); // initialises AggregatedAssessment, which installs the access
      a = instance;
      if (a == null) {
        throw new IllegalStateException("AggregatedAssessment did not install its access");
      }
    }
    return a;
  }

  /**
   * Make an assessment of the given parts, kept as they are: every list must be immutable (a JDK
   * immutable list or a {@link FrozenList}) and hold no {@code null}, every text non-blank.
   *
   * @param triage the triage level
   * @param triageMessage what it means
   * @param outOfScope whether the person is under 18
   * @param differential the differential
   * @param warnings the warnings that fired
   * @param advice the safe advice
   * @param avoid the advice to avoid
   * @param watchFor the warning signs to watch for
   * @param nextQuestions the next questions
   * @param failedPlugins the plugins that failed
   * @param notes the notes
   * @param disclaimer the disclaimer
   * @param texts the engine's texts, encoded for the UTF-8 writer (not part of the assessment's value)
   * @return the assessment
   */
  public abstract AggregatedAssessment assessment(Triage triage, String triageMessage, boolean outOfScope,
      List<RankedCondition> differential, List<Warning> warnings, List<Advice> advice, List<AvoidedAdvice> avoid,
      List<WatchFor> watchFor, List<Question> nextQuestions, List<PluginFailure> failedPlugins, List<String> notes,
      String disclaimer, EncodedTexts texts);

  /**
   * Return the encoded texts of the engine that made an assessment.
   *
   * @param assessment the assessment
   * @return its engine's table; {@link EncodedTexts#none()} for an assessment built otherwise
   */
  public abstract EncodedTexts texts(AggregatedAssessment assessment);
}
