package org.recumbent.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recumbent.core.Feature;
import org.recumbent.core.FindingState;
import org.recumbent.core.Question;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Warning;

/**
 * Ranks next questions: every unanswered red flag first (safety first, as NHS Pathways asks
 * life-threatening scenarios early), then the unanswered features whose answer would move the
 * differential or the triage most, found by re-scoring the report with the feature present and
 * absent.
 */
public final class ExpectedChangeRanker implements AssessmentEngine.QuestionRanker {

  /** A change of triage level counts as much as this much probability. */
  private static final double TRIAGE_WEIGHT = 1.0;

  private final AssessmentEngine.Scorer scorer;
  private final List<Feature> features;

  /**
   * Create the ranker.
   *
   * @param scorer re-scores hypothetical reports
   * @param features the vocabulary's features
   */
  public ExpectedChangeRanker(AssessmentEngine.Scorer scorer, List<Feature> features) {
    this.scorer = scorer;
    this.features = List.copyOf(features);
  }

  @Override
  public List<Question> rank(SymptomReport report, AssessmentEngine.Scored scored, int max) {
    List<Question> out = new ArrayList<>();
    for (Feature f : features) {
      if (f.isRedFlag() && !report.isAnswered(f.id())) {
        out.add(Question.about(f));
        if (out.size() >= max) {
          return out;
        }
      }
    }
    Map<String, Double> base = probabilities(scored.differential());
    Triage baseTriage = warningTriage(scored.warnings());
    List<Map.Entry<Feature, Double>> gains = new ArrayList<>();
    for (Feature f : features) {
      if (f.isRedFlag() || report.isAnswered(f.id())) {
        continue;
      }
      double gain = Math.max(
          change(base, baseTriage, scorer.score(report.with(f.id(), FindingState.PRESENT))),
          change(base, baseTriage, scorer.score(report.with(f.id(), FindingState.ABSENT))));
      if (gain > 0.005) {
        gains.add(Map.entry(f, gain));
      }
    }
    gains.sort(Map.Entry.<Feature, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(e -> e.getKey().id()));
    for (Map.Entry<Feature, Double> e : gains) {
      if (out.size() >= max) {
        break;
      }
      out.add(Question.about(e.getKey()));
    }
    return out;
  }

  private static double change(Map<String, Double> base, Triage baseTriage, AssessmentEngine.Scored s) {
    double delta = 0;
    for (RankedCondition c : s.differential()) {
      delta = Math.max(delta, Math.abs(c.probability() - base.getOrDefault(c.condition(), 0.0)));
    }
    if (warningTriage(s.warnings()) != baseTriage) {
      delta += TRIAGE_WEIGHT;
    }
    return delta;
  }

  private static Map<String, Double> probabilities(List<RankedCondition> differential) {
    Map<String, Double> m = new HashMap<>();
    for (RankedCondition c : differential) {
      m.put(c.condition(), c.probability());
    }
    return m;
  }

  private static Triage warningTriage(List<Warning> warnings) {
    Triage t = Triage.SELF_CARE;
    for (Warning w : warnings) {
      t = Triage.mostUrgent(t, w.triage());
    }
    return t;
  }
}
