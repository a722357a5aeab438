package org.recumbent.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.support.EvidenceModel;

/**
 * The physical floor of the evidence model: the same conditions' scoring as flat primitive
 * arrays over int-indexed findings, with no objects, no plugins and no allocation.
 *
 * <p>The tables are copied from the real {@link EvidenceModel}s (priors by age band, sex odds
 * ratios, the log likelihood ratio of every criterion, any-of and all-of groups, essential
 * caps, the floor and ceiling), so it does exactly the arithmetic {@link EvidenceModel#score}
 * does, one {@link Math#exp} per condition, and nothing else: no explanations, no advice, no
 * triage. {@code FloorScorerTests} checks that both give the same probabilities.
 *
 * <p>A report is encoded once, outside the measured code, as one byte per feature
 * ({@link #UNKNOWN}, {@link #PRESENT}, {@link #ABSENT}) followed by the age (or -1) and the
 * ordinal of the sex.
 */
public final class FloorScorer {

  /** Encoded state of a feature not known. */
  public static final byte UNKNOWN = 0;
  /** Encoded state of a feature present. */
  public static final byte PRESENT = 1;
  /** Encoded state of a feature absent. */
  public static final byte ABSENT = 2;

  private final String[] conditionIds;
  private final Map<String, Integer> featureIndex;
  private final int featureCount;

  // Per condition.
  private final double[] baseLogOdds;
  private final int[][] bandFromAge;
  private final double[][] bandLogOdds;
  private final double[][] sexLogOdds;
  private final int[] criterionStart;
  private final int[] essentialStart;
  // Per criterion (flattened over conditions).
  private final int[] featureStart;
  private final int[] features;
  private final boolean[] allOf;
  /** Per criterion and encoded state ({@code 3 * criterion + state}): the log likelihood ratio added. */
  private final double[] logLrByState;
  // Per essential criterion (flattened over conditions).
  private final int[] essentialFeature;
  private final double[] essentialCap;

  /**
   * Copy the tables of some evidence models.
   *
   * @param models the models, in the order their probabilities are written; never {@code null}
   * @param featureIds every feature id a report may name, in index order; never {@code null}
   */
  public FloorScorer(List<EvidenceModel> models, List<String> featureIds) {
    featureCount = featureIds.size();
    featureIndex = new HashMap<>();
    for (int i = 0; i < featureCount; i++) {
      featureIndex.put(featureIds.get(i), i);
    }
    int n = models.size();
    conditionIds = new String[n];
    baseLogOdds = new double[n];
    bandFromAge = new int[n][];
    bandLogOdds = new double[n][];
    sexLogOdds = new double[n][Sex.values().length];
    criterionStart = new int[n + 1];
    essentialStart = new int[n + 1];
    List<int[]> criterionFeatures = new ArrayList<>();
    List<Boolean> modes = new ArrayList<>();
    List<Double> present = new ArrayList<>();
    List<Double> absent = new ArrayList<>();
    List<Integer> essentialFeatures = new ArrayList<>();
    List<Double> caps = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      EvidenceModel m = models.get(c);
      conditionIds[c] = m.conditionId();
      baseLogOdds[c] = logit(m.basePrior());
      List<EvidenceModel.AgePrior> bands = m.agePriors();
      bandFromAge[c] = new int[bands.size()];
      bandLogOdds[c] = new double[bands.size()];
      for (int i = 0; i < bands.size(); i++) {
        bandFromAge[c][i] = bands.get(i).fromAge();
        bandLogOdds[c][i] = logit(bands.get(i).probability());
      }
      for (EvidenceModel.SexOdds s : m.sexOdds()) {
        sexLogOdds[c][s.sex().ordinal()] += Math.log(s.oddsRatio());
      }
      criterionStart[c] = criterionFeatures.size();
      for (EvidenceModel.Criterion k : m.criteria()) {
        int[] idx = new int[k.features().size()];
        for (int i = 0; i < idx.length; i++) {
          idx[i] = index(k.features().get(i));
        }
        criterionFeatures.add(idx);
        modes.add(k.mode() == EvidenceModel.Mode.ALL_OF);
        present.add(Math.log(k.lrPresent()));
        absent.add(Math.log(k.lrAbsent()));
      }
      essentialStart[c] = essentialFeatures.size();
      for (EvidenceModel.Essential e : m.essentials()) {
        essentialFeatures.add(index(e.feature()));
        caps.add(e.capWhenAbsent());
      }
    }
    criterionStart[n] = criterionFeatures.size();
    essentialStart[n] = essentialFeatures.size();
    int k = criterionFeatures.size();
    featureStart = new int[k + 1];
    allOf = new boolean[k];
    logLrByState = new double[3 * k];
    int total = 0;
    for (int[] idx : criterionFeatures) {
      total += idx.length;
    }
    features = new int[total];
    int at = 0;
    for (int i = 0; i < k; i++) {
      featureStart[i] = at;
      for (int f : criterionFeatures.get(i)) {
        features[at++] = f;
      }
      allOf[i] = modes.get(i);
      logLrByState[3 * i + PRESENT] = present.get(i);
      logLrByState[3 * i + ABSENT] = absent.get(i);
    }
    featureStart[k] = at;
    essentialFeature = essentialFeatures.stream().mapToInt(Integer::intValue).toArray();
    essentialCap = new double[caps.size()];
    for (int e = 0; e < essentialCap.length; e++) {
      essentialCap[e] = caps.get(e);
    }
  }

  private int index(String featureId) {
    Integer i = featureIndex.get(featureId);
    if (i == null) {
      throw new IllegalArgumentException("a model reads feature '" + featureId + "', which is not in the feature list");
    }
    return i;
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /**
   * Return the condition ids, in the order {@link #score} writes their probabilities.
   *
   * @return a copy of the ids; never {@code null}
   */
  public List<String> conditionIds() {
    return List.of(conditionIds);
  }

  /**
   * Encode a report for the floor; done once per report, outside the measured code.
   *
   * @param report the report; never {@code null}
   * @return one byte per feature, then the age (or -1) and the ordinal of the sex; never {@code null}
   */
  public byte[] encode(SymptomReport report) {
    byte[] out = new byte[featureCount + 2];
    report.findings().forEach((id, state) -> {
      Integer i = featureIndex.get(id);
      if (i != null) {
        out[i] = state == FindingState.PRESENT ? PRESENT : state == FindingState.ABSENT ? ABSENT : UNKNOWN;
      }
    });
    out[featureCount] = (byte) report.patient().age().orElse(-1);
    out[featureCount + 1] = (byte) report.patient().sex().ordinal();
    return out;
  }

  /**
   * Score an encoded report: write each condition's probability into {@code out}.
   *
   * @param report an encoded report; never {@code null}
   * @param out receives one probability per condition; never {@code null}
   */
  public void score(byte[] report, double[] out) {
    int age = report[featureCount];
    int sex = report[featureCount + 1];
    for (int c = 0; c < conditionIds.length; c++) {
      double logOdds = baseLogOdds[c];
      if (age >= 0) {
        int[] from = bandFromAge[c];
        for (int i = 0; i < from.length; i++) {
          if (age >= from[i]) {
            logOdds = bandLogOdds[c][i];
          }
        }
      }
      logOdds += sexLogOdds[c][sex];
      for (int k = criterionStart[c], end = criterionStart[c + 1]; k < end; k++) {
        // A table by state, so no branch on the answer: unknown adds 0.
        int from = featureStart[k];
        int state = featureStart[k + 1] - from == 1
            ? report[features[from]]
            : combined(report, from, featureStart[k + 1], allOf[k]);
        logOdds += logLrByState[3 * k + state];
      }
      double p = 1.0 / (1.0 + Math.exp(-logOdds));
      for (int e = essentialStart[c], end = essentialStart[c + 1]; e < end; e++) {
        p = Math.min(p, report[essentialFeature[e]] == ABSENT ? essentialCap[e] : 1.0);
      }
      out[c] = Math.max(EvidenceModel.FLOOR, Math.min(EvidenceModel.CEILING, p));
    }
  }

  private int combined(byte[] report, int from, int to, boolean allOf) {
    if (to - from == 1) {
      return report[features[from]];
    }
    boolean anyPresent = false;
    boolean anyAbsent = false;
    boolean allPresent = true;
    boolean allAbsent = true;
    for (int i = from; i < to; i++) {
      int s = report[features[i]];
      anyPresent |= s == PRESENT;
      anyAbsent |= s == ABSENT;
      allPresent &= s == PRESENT;
      allAbsent &= s == ABSENT;
    }
    if (allOf) {
      return allPresent ? PRESENT : anyAbsent ? ABSENT : UNKNOWN;
    }
    return anyPresent ? PRESENT : allAbsent ? ABSENT : UNKNOWN;
  }
}
