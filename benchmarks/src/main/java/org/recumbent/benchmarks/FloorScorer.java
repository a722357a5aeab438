package org.recumbent.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.support.EvidenceModel;

/**
 * The physical floor of the evidence model: the same conditions' scoring as flat primitive
 * arrays over int-indexed findings, with no objects, no plugins and no allocation.
 *
 * <p>The tables are copied from the real {@link EvidenceModel}s (priors by age band, sex odds
 * ratios, the log likelihood ratio of every criterion, any-of and all-of groups, essential
 * caps, the floor and ceiling), so it does the arithmetic {@link EvidenceModel#score} does, one
 * {@link Math#exp} per condition, and nothing else: no explanations, no advice, no triage.
 * {@code FloorScorerTests} checks that both give the same probabilities (to 1e-9: the floor may
 * add in another order). The prior is one table read by condition, age and sex; a report with
 * few answers is scored by its answered features only (see {@link #score}).
 *
 * <p>A report is encoded once, outside the measured code, as one byte per feature
 * ({@link #UNKNOWN}, {@link #PRESENT}, {@link #ABSENT}), the age (or -1), the ordinal of the sex,
 * the number of answered features and their numbers.
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

  /**
   * The prior log odds by condition, age and sex, one table read per condition:
   * {@code priorLogOdds[c * PRIOR_STRIDE + (age + 1) * SEXES + sex]}, where age -1 is "not given".
   * Each entry is the base prior or the age band's, plus the sex's log odds ratios.
   */
  private final double[] priorLogOdds;
  // Criteria of one feature, by condition (singleStart[c] to singleStart[c + 1]), for dense reports.
  private final int[] singleStart;
  private final int[] singleFeature;
  /** Per single criterion in condition order and encoded state: the log likelihood ratio added. */
  private final double[] singleLogLrByCondition;
  /** Where each condition's criteria of several features start (they are numbered in condition order). */
  private final int[] multiStart;
  /**
   * Criteria of one feature, by the feature they read, for sparse reports: feature {@code f}'s are
   * {@code bySingleStart[f]} to {@code bySingleStart[f + 1]}, each with its condition.
   */
  private final int[] bySingleStart;
  private final int[] singleCondition;
  /** Per single criterion and encoded state ({@code 3 * j + state}): the log likelihood ratio added. */
  private final double[] singleLogLr;
  /** By feature: the criteria of several features that read it, as bits (at most 64 such criteria). */
  private final long[] multiMask;
  // Criteria of several features, flattened over conditions.
  private final int[] multiCondition;
  private final int[] multiFrom;
  private final int[] multiFeatures;
  private final boolean[] multiAllOf;
  private final double[] multiLogLr;
  // Essential criteria, flattened over conditions.
  private final int[] essentialStart;
  private final int[] essentialFeature;
  private final double[] essentialCap;

  private static final int SEXES = Sex.values().length;
  private static final int PRIOR_STRIDE = (Patient.MAX_AGE + 2) * SEXES;

  /**
   * Copy the tables of some evidence models.
   *
   * @param models the models, in the order their probabilities are written; never {@code null}
   * @param featureIds every feature id a report may name, in index order; never {@code null}
   */
  public FloorScorer(List<EvidenceModel> models, List<String> featureIds) {
    featureCount = featureIds.size();
    if (featureCount > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("the floor encodes feature numbers in a byte: at most 127 features, not " + featureCount);
    }
    featureIndex = new HashMap<>();
    for (int i = 0; i < featureCount; i++) {
      featureIndex.put(featureIds.get(i), i);
    }
    int n = models.size();
    conditionIds = new String[n];
    priorLogOdds = new double[n * PRIOR_STRIDE];
    essentialStart = new int[n + 1];
    singleStart = new int[n + 1];
    multiStart = new int[n + 1];
    List<Integer> singles = new ArrayList<>();
    List<Integer> singleConditions = new ArrayList<>();
    List<Integer> multiConditions = new ArrayList<>();
    List<int[]> multis = new ArrayList<>();
    List<Boolean> modes = new ArrayList<>();
    List<double[]> singleLr = new ArrayList<>();
    List<double[]> multiLr = new ArrayList<>();
    List<Integer> essentialFeatures = new ArrayList<>();
    List<Double> caps = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      EvidenceModel m = models.get(c);
      conditionIds[c] = m.conditionId();
      double[] sexLogOdds = new double[SEXES];
      for (EvidenceModel.SexOdds s : m.sexOdds()) {
        sexLogOdds[s.sex().ordinal()] += Math.log(s.oddsRatio());
      }
      List<EvidenceModel.AgePrior> bands = m.agePriors();
      for (int age = -1; age <= Patient.MAX_AGE; age++) {
        // The last band the age has reached, as EvidenceModel picks it; no age, the base prior.
        double logOdds = logit(m.basePrior());
        for (EvidenceModel.AgePrior band : bands) {
          if (age >= 0 && age >= band.fromAge()) {
            logOdds = logit(band.probability());
          }
        }
        for (int sex = 0; sex < SEXES; sex++) {
          priorLogOdds[c * PRIOR_STRIDE + (age + 1) * SEXES + sex] = logOdds + sexLogOdds[sex];
        }
      }
      singleStart[c] = singles.size();
      multiStart[c] = multis.size();
      for (EvidenceModel.Criterion k : m.criteria()) {
        double[] byState = new double[3];
        byState[PRESENT] = Math.log(k.lrPresent());
        byState[ABSENT] = Math.log(k.lrAbsent());
        if (k.features().size() == 1) {
          singles.add(index(k.features().get(0)));
          singleConditions.add(c);
          singleLr.add(byState);
        } else {
          int[] idx = new int[k.features().size()];
          for (int i = 0; i < idx.length; i++) {
            idx[i] = index(k.features().get(i));
          }
          multis.add(idx);
          multiConditions.add(c);
          modes.add(k.mode() == EvidenceModel.Mode.ALL_OF);
          multiLr.add(byState);
        }
      }
      essentialStart[c] = essentialFeatures.size();
      for (EvidenceModel.Essential e : m.essentials()) {
        essentialFeatures.add(index(e.feature()));
        caps.add(e.capWhenAbsent());
      }
    }
    essentialStart[n] = essentialFeatures.size();
    singleStart[n] = singles.size();
    multiStart[n] = multis.size();
    singleFeature = singles.stream().mapToInt(Integer::intValue).toArray();
    singleLogLrByCondition = flatten(singleLr);
    // The single criteria grouped by feature (stable, so each feature's keep the model order).
    bySingleStart = new int[featureCount + 1];
    singleCondition = new int[singles.size()];
    singleLogLr = new double[3 * singles.size()];
    int e = 0;
    for (int f = 0; f < featureCount; f++) {
      bySingleStart[f] = e;
      for (int j = 0; j < singles.size(); j++) {
        if (singles.get(j) == f) {
          singleCondition[e] = singleConditions.get(j);
          System.arraycopy(singleLr.get(j), 0, singleLogLr, 3 * e, 3);
          e++;
        }
      }
    }
    bySingleStart[featureCount] = e;
    if (multis.size() > Long.SIZE) {
      throw new IllegalArgumentException("the floor handles at most 64 criteria of several features, not " + multis.size());
    }
    multiCondition = multiConditions.stream().mapToInt(Integer::intValue).toArray();
    multiMask = new long[featureCount];
    for (int k = 0; k < multis.size(); k++) {
      for (int f : multis.get(k)) {
        multiMask[f] |= 1L << k;
      }
    }
    multiLogLr = flatten(multiLr);
    multiFrom = new int[multis.size() + 1];
    multiAllOf = new boolean[multis.size()];
    int total = 0;
    for (int[] idx : multis) {
      total += idx.length;
    }
    multiFeatures = new int[total];
    int at = 0;
    for (int i = 0; i < multis.size(); i++) {
      multiFrom[i] = at;
      for (int f : multis.get(i)) {
        multiFeatures[at++] = f;
      }
      multiAllOf[i] = modes.get(i);
    }
    multiFrom[multis.size()] = at;
    essentialFeature = essentialFeatures.stream().mapToInt(Integer::intValue).toArray();
    essentialCap = caps.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] flatten(List<double[]> rows) {
    double[] out = new double[3 * rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i), 0, out, 3 * i, 3);
    }
    return out;
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
   * @return one byte per feature, the age (or -1), the ordinal of the sex, the number of answered
   *     features (present or absent), then their numbers; never {@code null}
   */
  public byte[] encode(SymptomReport report) {
    byte[] states = new byte[featureCount];
    int[] answered = new int[featureCount];
    int count = 0;
    for (var entry : report.findings().entrySet()) {
      Integer i = featureIndex.get(entry.getKey());
      FindingState state = entry.getValue();
      if (i != null && state != FindingState.UNKNOWN) {
        states[i] = state == FindingState.PRESENT ? PRESENT : ABSENT;
        answered[count++] = i;
      }
    }
    byte[] out = new byte[featureCount + 3 + count];
    System.arraycopy(states, 0, out, 0, featureCount);
    out[featureCount] = (byte) report.patient().age().orElse(-1);
    out[featureCount + 1] = (byte) report.patient().sex().ordinal();
    out[featureCount + 2] = (byte) count;
    for (int k = 0; k < count; k++) {
      out[featureCount + 3 + k] = (byte) answered[k];
    }
    return out;
  }

  /**
   * A report with fewer answered features than this is scored by visiting only them; any other
   * reads every criterion. About where the two take the same time (15 findings: 0.40 µs
   * each on the machine of BENCHMARKS.md; 3 findings: 0.13 against 0.40 µs; every feature: 0.65
   * against 0.40 µs).
   */
  static final int SPARSE_BELOW = 15;

  /**
   * Score an encoded report: write each condition's probability into {@code out}.
   *
   * <p>A report with few answers (fewer than {@value #SPARSE_BELOW}) is scored by its answered
   * features only, since an unknown finding adds nothing: each adds its single criteria's log
   * likelihood ratios and marks the criteria of several features it takes part in, which are then
   * combined. Any other report is scored criterion by criterion, in two running sums per
   * condition so the additions overlap. Either way every log likelihood ratio is a table read
   * indexed by the answer, with no branch on it, and nothing is allocated. The order of the
   * additions differs from {@link EvidenceModel#score}'s, so the last bits may too.
   *
   * @param report an encoded report; never {@code null}
   * @param out receives one probability per condition; never {@code null}
   */
  public void score(byte[] report, double[] out) {
    if (report[featureCount + 2] < SPARSE_BELOW) {
      scoreSparse(report, out);
    } else {
      scoreDense(report, out);
    }
  }

  private void scoreDense(byte[] report, double[] out) {
    int priorAt = (report[featureCount] + 1) * SEXES + report[featureCount + 1];
    for (int c = 0; c < conditionIds.length; c++) {
      double a = priorLogOdds[c * PRIOR_STRIDE + priorAt];
      double b = 0;
      int j = singleStart[c];
      int end = singleStart[c + 1];
      for (; j + 1 < end; j += 2) {
        a += singleLogLrByCondition[3 * j + report[singleFeature[j]]];
        b += singleLogLrByCondition[3 * j + 3 + report[singleFeature[j + 1]]];
      }
      if (j < end) {
        a += singleLogLrByCondition[3 * j + report[singleFeature[j]]];
      }
      for (int k = multiStart[c], last = multiStart[c + 1]; k < last; k++) {
        b += multiLogLr[3 * k + combined(report, k)];
      }
      out[c] = probability(report, c, a + b);
    }
  }

  private void scoreSparse(byte[] report, double[] out) {
    int n = conditionIds.length;
    int priorAt = (report[featureCount] + 1) * SEXES + report[featureCount + 1];
    for (int c = 0; c < n; c++) {
      out[c] = priorLogOdds[c * PRIOR_STRIDE + priorAt];
    }
    long touched = 0;
    for (int i = featureCount + 3, end = featureCount + 3 + report[featureCount + 2]; i < end; i++) {
      int f = report[i];
      int v = report[f];
      for (int e = bySingleStart[f], last = bySingleStart[f + 1]; e < last; e++) {
        out[singleCondition[e]] += singleLogLr[3 * e + v];
      }
      touched |= multiMask[f];
    }
    for (; touched != 0; touched &= touched - 1) {
      int k = Long.numberOfTrailingZeros(touched);
      out[multiCondition[k]] += multiLogLr[3 * k + combined(report, k)];
    }
    for (int c = 0; c < n; c++) {
      out[c] = probability(report, c, out[c]);
    }
  }

  /**
   * The combined state of criterion {@code k} of several features. States are 0, 1 (present) or
   * 2 (absent): the OR and the AND of them say whether any or all are present or absent, and the
   * combined state follows without a branch on the answers.
   */
  private int combined(byte[] report, int k) {
    int any = 0;
    int all = PRESENT | ABSENT;
    for (int q = multiFrom[k], to = multiFrom[k + 1]; q < to; q++) {
      int v = report[multiFeatures[q]];
      any |= v;
      all &= v;
    }
    int present;
    int absent;
    if (multiAllOf[k]) {
      present = all & PRESENT;
      absent = (any & ABSENT) >> 1;
    } else {
      present = any & PRESENT;
      absent = (all & ABSENT) >> 1;
    }
    return present | (absent & ~present) << 1;
  }

  /** The probability of condition {@code c} from its log odds: the logistic, the essential caps, the clamp. */
  private double probability(byte[] report, int c, double logOdds) {
    double p = 1.0 / (1.0 + Math.exp(-logOdds));
    for (int e = essentialStart[c], last = essentialStart[c + 1]; e < last; e++) {
      p = Math.min(p, report[essentialFeature[e]] == ABSENT ? essentialCap[e] : 1.0);
    }
    return Math.max(EvidenceModel.FLOOR, Math.min(EvidenceModel.CEILING, p));
  }
}
