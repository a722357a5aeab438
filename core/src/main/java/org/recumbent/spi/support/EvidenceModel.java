package org.recumbent.spi.support;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.internal.FeatureIndex;
import org.recumbent.internal.FrozenList;
import org.recumbent.internal.ReportStates;
import org.recumbent.internal.RuleBasedAccess;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.Source;

/**
 * A transparent evidence model for one condition: a prior (by age and sex where the literature
 * supports it), criteria with likelihood ratios for present and for absent, and essential
 * criteria whose absence caps the probability. Unknown findings contribute nothing.
 *
 * <p>Scoring multiplies the prior odds by the likelihood ratio of every known criterion (the
 * naive-Bayes assumption; keep correlated findings in one {@linkplain Builder#anyOf grouped
 * criterion}), converts back to a probability, applies the caps, and keeps the result in
 * [{@value #FLOOR}, {@value #CEILING}] so the model never claims certainty.
 *
 * <p>Every criterion is either supporting (LR present &ge; 1 &ge; LR absent) or conflicting (LR
 * present &le; 1 &le; LR absent); the builder rejects anything else. That makes the model
 * monotone by construction: for a supporting criterion, unknown to present never lowers the
 * probability and unknown to absent never raises it, and the reverse for a conflicting one.
 *
 * <p>Instances are immutable and thread-safe; scoring allocates only the result (and, the first
 * time a report is scored, that report's table of its answers, which later scorings reuse).
 *
 * @since 0.1
 */
public final class EvidenceModel {

  /** The lowest probability a model reports. */
  public static final double FLOOR = 0.001;
  /** The highest probability a model reports. */
  public static final double CEILING = 0.99;

  /** How the findings of a criterion combine. */
  public enum Mode {
    /** Present when any finding is present; absent when every finding is absent. */
    ANY_OF,
    /** Present when every finding is present; absent when any finding is absent. */
    ALL_OF
  }

  /**
   * One criterion of the model, as a clinician would audit it.
   *
   * @param features the feature ids it reads; never {@code null} or empty
   * @param mode how they combine; never {@code null}
   * @param lrPresent likelihood ratio when present
   * @param lrAbsent likelihood ratio when absent
   * @param source where the numbers come from; never {@code null}
   */
  public record Criterion(List<String> features, Mode mode, double lrPresent, double lrAbsent, Source source) {
    /** Create a criterion, copying the list. */
    public Criterion {
      features = List.copyOf(features);
      requireNonNull(mode, "mode");
      requireNonNull(source, "source");
    }

    /** Return whether the criterion raises the probability when present. @return {@code true} if supporting */
    public boolean isSupporting() {
      return lrPresent >= 1.0;
    }
  }

  /**
   * An essential criterion: when it is absent, the probability is capped.
   *
   * @param feature the feature id; never {@code null}
   * @param capWhenAbsent the highest probability allowed when the feature is absent
   * @param source where the rule comes from; never {@code null}
   */
  public record Essential(String feature, double capWhenAbsent, Source source) {
    /** Create an essential criterion. */
    public Essential {
      requireNonNull(feature, "feature");
      requireNonNull(source, "source");
    }
  }

  /**
   * A prior for people of at least a given age.
   *
   * @param fromAge the youngest age it applies to
   * @param probability the prior probability
   * @param source where the figure comes from; never {@code null}
   */
  public record AgePrior(int fromAge, double probability, Source source) {
    /** Create an age band. */
    public AgePrior {
      requireNonNull(source, "source");
    }
  }

  /**
   * An odds ratio applied to the prior for one sex.
   *
   * @param sex the sex; never {@code null}
   * @param oddsRatio the multiplier on the prior odds
   * @param source where the figure comes from; never {@code null}
   */
  public record SexOdds(Sex sex, double oddsRatio, Source source) {
    /** Create a sex adjustment. */
    public SexOdds {
      requireNonNull(sex, "sex");
      requireNonNull(source, "source");
    }
  }

  /** Reads a report's states by feature number; see {@link FeatureIndex}. */
  private static final ReportStates STATES = ReportStates.get();

  private final String conditionId;
  private final double prior;
  private final Source priorSource;
  private final List<AgePrior> agePriors;
  private final List<SexOdds> sexOdds;
  private final List<Criterion> criteria;
  private final List<Essential> essentials;

  // Flat tables for scoring.
  private final String[][] featureTable;
  // The FeatureIndex numbers of featureTable, positions and essentialFeatures, entry by entry.
  private final int[][] featureNumbers;
  private final int[] positionNumbers;
  private final int[] essentialNumbers;
  private final boolean[] allOf;
  private final double[] logLrPresent;
  private final double[] logLrAbsent;
  private final String[] essentialFeatures;
  // Explanations by position: every (criterion, feature) pair in order, then every essential
  // criterion, numbered 0..63 (null when a model has more, which takes the general path). A
  // finding is listed at the first position where it counts, so a bit mask of positions keeps
  // both the order and the "no repeats" of the explanation lists without allocating.
  private final String @org.jspecify.annotations.Nullable [] positions;
  private final int[] criterionStart;
  /** The highest feature number among the positions (-1 when none). */
  private final int maxNumber;
  /** For each position, the earlier positions that name the same feature. */
  private final long[] sameEarlier;
  /** Whether any feature has more than one position (so explanation lists need {@link #firstOfEach}). */
  private final boolean repeats;
  /**
   * For each criterion, by its state's code (index {@code 4 * criterion + code}, code 0-3 as
   * {@link ReportStates#dense} writes it, or its combined state): the log likelihood ratio it adds
   * (0 for an unknown code), and, for a criterion of one feature, the bit of its position in the
   * supporting and conflicting lists (0 when it lists nothing, and for criteria of more features).
   */
  private final double[] logLrByState;
  private final long[] supportingByState;
  private final long[] conflictingByState;
  /** For each position, the one-element list of its feature, shared by every score that lists only it. */
  private final List<String>[] singles;
  private final int[] ageFrom;
  private final double[] ageProbability;
  private final Sex[] oddsSex;
  private final double[] oddsRatio;
  private final double[] essentialCaps;
  /**
   * The prior log odds by age and sex, one read: index {@code (age + 1) * SEXES + sex ordinal}, age
   * -1 when not given, up to {@link Patient#MAX_AGE} (a report's {@link ReportStates#patientIndex}).
   */
  private final double[] logOddsByAge;
  /**
   * The feature numbers the criteria read, as bits (bit {@code n % 64} of word {@code n / 64}),
   * when the positions fit in a long (so there are at most 64 criteria); else empty.
   */
  private final long[] criteriaNumbers;
  /** By feature number, up to {@link #maxNumber}: the criteria that read it, as bits. */
  private final long[] criteriaReading;
  /** Every criterion, as bits (when the positions fit in a long). */
  private final long allCriteria;
  /**
   * For each criterion, by the codes of all its features together (2 bits each as
   * {@link ReportStates#dense} writes them, its first feature lowest; index
   * {@code codeStart[i] + code}): the log likelihood ratio it adds (0 when its combined state is
   * unknown) and the bits of its matching positions in the supporting and conflicting lists; the
   * same as the loop over its positions in {@link #scoreTo} finds. Null when a criterion has more
   * than {@link #MAX_CODED} features or the positions do not fit in a long.
   */
  private final int @org.jspecify.annotations.Nullable [] codeStart;
  private final double[] logLrByCode;
  private final long[] supportingByCode;
  private final long[] conflictingByCode;

  private static final int SEXES = ReportStates.SEXES;
  /** The most features a criterion may have to be read through {@link #logLrByCode} (4^k entries). */
  private static final int MAX_CODED = 4;
  /**
   * From this many named features on, {@link #scoreTo} reads every criterion of a model through
   * {@link #logLrByCode}, in a loop whose steps do not depend on the answers; with fewer, only the
   * criteria the answers touch. Either way gives the same result bit for bit; this is a matter of
   * speed alone. Measured with {@code AssessBenchmark.assessNoQuestions} (benchmarks/HISTORY.md, fifth
   * pass), every criterion against the touched ones, µs per assessment: 10 findings 1.76 against
   * 1.37, 15: 1.70 against 1.58, 20: 1.77 against 1.73, 25: 1.84 against 1.97, 30: 1.78 against
   * 2.00, 60: 2.21 against 2.59.
   */
  static final int CODED_FROM = 20;

  private EvidenceModel(Builder b) {
    this.conditionId = b.conditionId;
    this.prior = b.prior;
    this.priorSource = b.priorSource;
    this.agePriors = List.copyOf(b.agePriors);
    this.sexOdds = List.copyOf(b.sexOdds);
    this.criteria = List.copyOf(b.criteria);
    this.essentials = List.copyOf(b.essentials);
    int n = criteria.size();
    featureTable = new String[n][];
    featureNumbers = new int[n][];
    allOf = new boolean[n];
    logLrPresent = new double[n];
    logLrAbsent = new double[n];
    for (int i = 0; i < n; i++) {
      Criterion c = criteria.get(i);
      featureTable[i] = c.features().toArray(new String[0]);
      featureNumbers[i] = numbers(featureTable[i]);
      allOf[i] = c.mode() == Mode.ALL_OF;
      logLrPresent[i] = Math.log(c.lrPresent());
      logLrAbsent[i] = Math.log(c.lrAbsent());
    }
    ageFrom = new int[agePriors.size()];
    ageProbability = new double[agePriors.size()];
    for (int i = 0; i < ageFrom.length; i++) {
      ageFrom[i] = agePriors.get(i).fromAge();
      ageProbability[i] = agePriors.get(i).probability();
    }
    oddsSex = new Sex[sexOdds.size()];
    oddsRatio = new double[sexOdds.size()];
    for (int i = 0; i < oddsSex.length; i++) {
      oddsSex[i] = sexOdds.get(i).sex();
      oddsRatio[i] = sexOdds.get(i).oddsRatio();
    }
    essentialFeatures = new String[essentials.size()];
    essentialCaps = new double[essentials.size()];
    for (int i = 0; i < essentialFeatures.length; i++) {
      essentialFeatures[i] = essentials.get(i).feature();
      essentialCaps[i] = essentials.get(i).capWhenAbsent();
    }
    essentialNumbers = numbers(essentialFeatures);
    // The prior log odds by age band (0 for no band, then 1 + the band's index) and sex ordinal.
    Sex[] sexes = Sex.values();
    double[][] logOddsByBand = new double[ageFrom.length + 1][sexes.length];
    for (int band = -1; band < ageFrom.length; band++) {
      for (Sex sex : sexes) {
        // As priorFor computes it for an age in this band and this sex.
        double p = band < 0 ? prior : ageProbability[band];
        for (int i = 0; i < oddsSex.length; i++) {
          if (oddsSex[i] == sex) {
            double odds = p / (1 - p) * oddsRatio[i];
            p = odds / (1 + odds);
          }
        }
        logOddsByBand[band + 1][sex.ordinal()] = Math.log(p / (1 - p));
      }
    }
    logOddsByAge = new double[(Patient.MAX_AGE + 2) * SEXES];
    for (int age = -1; age <= Patient.MAX_AGE; age++) {
      // The band priorFor picks for this age: the last one it has reached.
      int band = -1;
      for (int i = 0; i < ageFrom.length; i++) {
        if (age >= 0 && age >= ageFrom[i]) {
          band = i;
        }
      }
      System.arraycopy(logOddsByBand[band + 1], 0, logOddsByAge, (age + 1) * SEXES, SEXES);
    }
    List<String> flat = new ArrayList<>();
    criterionStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      criterionStart[i] = flat.size();
      flat.addAll(List.of(featureTable[i]));
    }
    criterionStart[n] = flat.size();
    flat.addAll(List.of(essentialFeatures));
    logLrByState = new double[4 * n];
    supportingByState = new long[4 * n];
    conflictingByState = new long[4 * n];
    for (int i = 0; i < n; i++) {
      // Explanation bits only for a criterion of one feature in a model of at most 64 positions:
      // scoreTo combines the others and lists their matching positions itself, and a larger
      // model takes the general path.
      long bit = flat.size() <= Long.SIZE && criterionStart[i + 1] - criterionStart[i] == 1
          ? 1L << criterionStart[i] : 0L;
      byState(4 * i + ReportStates.PRESENT, logLrPresent[i], bit);
      byState(4 * i + ReportStates.ABSENT, logLrAbsent[i], bit);
    }
    if (flat.size() <= Long.SIZE) {
      positions = flat.toArray(new String[0]);
      positionNumbers = numbers(positions);
      int max = -1;
      for (int number : positionNumbers) {
        max = Math.max(max, number);
      }
      maxNumber = max;
      singles = singletons(positions);
      sameEarlier = new long[positions.length];
      boolean repeated = false;
      for (int q = 0; q < positions.length; q++) {
        for (int e = 0; e < q; e++) {
          if (positions[e].equals(positions[q])) {
            sameEarlier[q] |= 1L << e;
            repeated = true;
          }
        }
      }
      repeats = repeated;
      criteriaNumbers = new long[max / Long.SIZE + 1];
      criteriaReading = new long[max + 1];
      for (int i = 0; i < n; i++) {
        for (int number : featureNumbers[i]) {
          criteriaNumbers[number / Long.SIZE] |= 1L << number;
          criteriaReading[number] |= 1L << i;
        }
      }
      allCriteria = n == Long.SIZE ? -1L : (1L << n) - 1;
    } else {
      positions = null;
      positionNumbers = new int[0];
      maxNumber = -1;
      sameEarlier = new long[0];
      repeats = false;
      singles = singletons(new String[0]);
      criteriaNumbers = new long[0];
      criteriaReading = new long[0];
      allCriteria = 0;
    }
    CodeTables tables = positions != null ? codeTables() : CodeTables.NONE;
    codeStart = tables.start();
    logLrByCode = tables.logLr();
    supportingByCode = tables.supporting();
    conflictingByCode = tables.conflicting();
  }

  /** The tables by code (see {@link #codeStart}); {@code start} is null when there are none. */
  private record CodeTables(int @org.jspecify.annotations.Nullable [] start, double[] logLr, long[] supporting,
      long[] conflicting) {
    static final CodeTables NONE = new CodeTables(null, new double[0], new long[0], new long[0]);
  }

  /**
   * Build the tables by code (constructor only, once the positions are numbered): for each
   * criterion and each combination of its features' codes, what the loop over its positions in
   * {@link #scoreTo} finds. None when a criterion has more than {@link #MAX_CODED} features.
   */
  private CodeTables codeTables() {
    int n = featureTable.length;
    int entries = 0;
    for (String[] features : featureTable) {
      if (features.length > MAX_CODED) {
        return CodeTables.NONE;
      }
      entries += 1 << (2 * features.length);
    }
    CodeTables t = new CodeTables(new int[n], new double[entries], new long[entries], new long[entries]);
    for (int i = 0, at = 0; i < n; at += 1 << (2 * featureTable[i].length), i++) {
      t.start()[i] = at;
      for (int code = 0; code < 1 << (2 * featureTable[i].length); code++) {
        codeEntry(t, i, code, at + code);
      }
    }
    return t;
  }

  /**
   * Fill entry {@code t} of the tables by code for criterion {@code i} and the codes of its
   * features (constructor only), combining them as the loop over positions in {@link #scoreTo} does.
   */
  private void codeEntry(CodeTables tables, int i, int code, int t) {
    int from = criterionStart[i];
    int to = criterionStart[i + 1];
    long presentAt = 0;
    long absentAt = 0;
    for (int q = from; q < to; q++) {
      int v = (code >>> (2 * (q - from))) & 3;
      if (v == ReportStates.PRESENT) {
        presentAt |= 1L << q;
      } else if (v == ReportStates.ABSENT) {
        absentAt |= 1L << q;
      }
    }
    long all = ((1L << (to - from)) - 1) << from;
    boolean present = allOf[i] ? presentAt == all : presentAt != 0;
    boolean absent = !present && (allOf[i] ? absentAt != 0 : absentAt == all);
    double logLr = present ? logLrPresent[i] : absent ? logLrAbsent[i] : 0.0;
    long matching = present ? presentAt : absent ? absentAt : 0L;
    tables.logLr()[t] = logLr;
    tables.supporting()[t] = logLr > 0 ? matching : 0L;
    tables.conflicting()[t] = logLr < 0 ? matching : 0L;
  }

  /** Fill one entry of the tables by state (constructor only). */
  private void byState(int t, double logLr, long bit) {
    logLrByState[t] = logLr;
    supportingByState[t] = logLr > 0 ? bit : 0L;
    conflictingByState[t] = logLr < 0 ? bit : 0L;
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] singletons(String[] ids) {
    List<String>[] out = (List<String>[]) new List<?>[ids.length];
    for (int q = 0; q < ids.length; q++) {
      out[q] = List.of(ids[q]);
    }
    return out;
  }

  /** Number each id (see {@link FeatureIndex}): models are built once, reports scored many times. */
  private static int[] numbers(String[] ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = FeatureIndex.intern(ids[i]);
    }
    return out;
  }

  /** The report's state of one feature, as {@code report.state(id)} gives it. */
  private static FindingState state(SymptomReport report, int number, String id) {
    return STATES.state(report, number, id);
  }

  /** The state of one feature as a {@link ReportStates#dense} code, from the array when it has the number. */
  private static int code(SymptomReport report, byte @org.jspecify.annotations.Nullable [] dense, int number, String id) {
    if (dense != null && number < dense.length) {
      return dense[number];
    }
    FindingState s = state(report, number, id);
    return s == FindingState.PRESENT ? ReportStates.PRESENT : s == FindingState.ABSENT ? ReportStates.ABSENT : 0;
  }

  /**
   * Start a model for one condition.
   *
   * @param conditionId the condition id; never {@code null}
   * @return a new builder; never {@code null}
   */
  public static Builder builder(String conditionId) {
    return new Builder(conditionId);
  }

  /** Return the condition id. @return the id; never {@code null} */
  public String conditionId() {
    return conditionId;
  }

  /** Return the base prior for an adult of unknown age and sex. @return the prior */
  public double basePrior() {
    return prior;
  }

  /** Return the source of the base prior. @return the source; never {@code null} */
  public Source basePriorSource() {
    return priorSource;
  }

  /** Return the age bands, youngest first. @return the bands; never {@code null} */
  public List<AgePrior> agePriors() {
    return agePriors;
  }

  /** Return the sex adjustments. @return the adjustments; never {@code null} */
  public List<SexOdds> sexOdds() {
    return sexOdds;
  }

  /** Return the criteria. @return the criteria; never {@code null} */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** Return the essential criteria. @return the essential criteria; never {@code null} */
  public List<Essential> essentials() {
    return essentials;
  }

  /**
   * Return every feature id this model reads.
   *
   * @return the ids, in criterion order, without repeats; never {@code null}
   */
  public List<String> features() {
    List<String> out = new ArrayList<>();
    for (Criterion c : criteria) {
      for (String f : c.features()) {
        if (!out.contains(f)) {
          out.add(f);
        }
      }
    }
    for (Essential e : essentials) {
      if (!out.contains(e.feature())) {
        out.add(e.feature());
      }
    }
    return out;
  }

  /**
   * Return the prior for a report's patient, before any finding.
   *
   * @param report the report; never {@code null}
   * @return the prior probability
   */
  public double priorFor(SymptomReport report) {
    double p = prior;
    OptionalInt age = report.patient().age();
    if (age.isPresent()) {
      int years = age.getAsInt();
      for (int i = 0; i < ageFrom.length; i++) {
        if (years >= ageFrom[i]) {
          p = ageProbability[i];
        }
      }
    }
    Sex sex = report.patient().sex();
    for (int i = 0; i < oddsSex.length; i++) {
      if (oddsSex[i] == sex) {
        double odds = p / (1 - p) * oddsRatio[i];
        p = odds / (1 + odds);
      }
    }
    return p;
  }

  /**
   * The log odds of {@link #priorFor}, {@code Math.log(p0 / (1 - p0))}, from the table of every
   * age band and sex computed once by the same arithmetic (so the same bits).
   */
  double priorLogOdds(SymptomReport report) {
    // Patient keeps ages from MIN_AGE (0) to MAX_AGE, so the table has every index.
    return logOddsByAge[STATES.patientIndex(report)];
  }

  /**
   * Score a report.
   *
   * @param report the report; never {@code null}
   * @return the score, with the findings that raised and lowered it; never {@code null}
   */
  public ConditionScore score(SymptomReport report) {
    requireNonNull(report, "report");
    if (positions == null) {
      return scoreGeneral(report);
    }
    Capture out = new Capture();
    scoreTo(report, STATES.dense(report), 0, out);
    return out.score;
  }

  /** Keeps the one score {@link #scoreTo} hands over, for {@link #score}. */
  private final class Capture implements RuleBasedAccess.Sink {
    ConditionScore score;

    @Override
    public void condition(int index, double probability, List<String> supporting, List<String> conflicting) {
      score = new ConditionScore(conditionId, probability, supporting, conflicting);
    }

    @Override
    public void warning(int index, List<String> firedBy) {
      throw new IllegalStateException("a model fires no warnings");
    }
  }

  /**
   * Score a report as {@link #score} does and hand the probability and the explanation lists to a
   * sink, without building the {@link ConditionScore} (for the assessment engine).
   *
   * @param report the report
   * @param dense the report's {@link ReportStates#dense} array, or null to read every feature through
   *     {@link ReportStates#state}
   * @param index passed on to the sink
   * @param sink receives the result
   */
  void scoreTo(SymptomReport report, byte @org.jspecify.annotations.Nullable [] dense, int index,
      RuleBasedAccess.Sink sink) {
    String[] at = positions;
    if (at == null) {
      ConditionScore cs = scoreGeneral(report);
      sink.condition(index, cs.probability(), cs.supporting(), cs.conflicting());
      return;
    }
    int[] numberAt = positionNumbers;
    // When the report's array has every number this model reads, read it directly.
    byte[] direct = dense != null && maxNumber < dense.length ? dense : null;
    double logOdds = priorLogOdds(report);
    int[] coded = codeStart;
    if (direct != null && coded != null) {
      // Each criterion by the codes of its features, through the tables: no branch on the
      // answers. An unknown criterion adds 0 (leaving the sum bit for bit as it is, as no sum is
      // -0) and lists nothing, so reading only the criteria the answers touch gives the same.
      long supporting = 0;
      long conflicting = 0;
      if (STATES.answerCount(report) >= CODED_FROM) {
        for (int i = 0; i < coded.length; i++) {
          int t = codeIndex(direct, i);
          logOdds += logLrByCode[t];
          supporting |= supportingByCode[t];
          conflicting |= conflictingByCode[t];
        }
      } else {
        for (long todo = criteriaToRead(report); todo != 0; todo &= todo - 1) {
          int t = codeIndex(direct, Long.numberOfTrailingZeros(todo));
          logOdds += logLrByCode[t];
          supporting |= supportingByCode[t];
          conflicting |= conflictingByCode[t];
        }
      }
      finish(report, direct, dense, logOdds, supporting, conflicting, index, sink);
      return;
    }
    long todo = direct != null ? criteriaToRead(report) : allCriteria;
    long supporting = 0;
    long conflicting = 0;
    // Every position that matched, in order; repeats of a feature are dropped at the end.
    for (; todo != 0; todo &= todo - 1) {
      int i = Long.numberOfTrailingZeros(todo);
      int from = criterionStart[i];
      int to = criterionStart[i + 1];
      if (to - from == 1) {
        // One feature: its state is the criterion's, whatever the mode. A table by state, so
        // no branch on the answer: an unknown state adds 0 (which leaves the sum bit for bit
        // as it was, as no sum is -0) and lists nothing.
        int v = direct != null ? direct[numberAt[from]] : code(report, dense, numberAt[from], at[from]);
        int t = (i << 2) | (v & 3);
        logOdds += logLrByState[t];
        supporting |= supportingByState[t];
        conflicting |= conflictingByState[t];
        continue;
      }
      // The combined state of the criterion, as combined() computes it, and which of its
      // positions are present and absent.
      long presentAt = 0;
      long absentAt = 0;
      for (int q = from; q < to; q++) {
        int v = direct != null ? direct[numberAt[q]] : code(report, dense, numberAt[q], at[q]);
        if (v == ReportStates.PRESENT) {
          presentAt |= 1L << q;
        } else if (v == ReportStates.ABSENT) {
          absentAt |= 1L << q;
        }
      }
      long all = to - from == Long.SIZE ? -1L : ((1L << (to - from)) - 1) << from;
      boolean present;
      boolean absent;
      if (allOf[i]) {
        present = presentAt == all;
        absent = !present && absentAt != 0;
      } else {
        present = presentAt != 0;
        absent = !present && absentAt == all;
      }
      double logLr;
      long matching;
      if (present) {
        logLr = logLrPresent[i];
        matching = presentAt;
      } else if (absent) {
        logLr = logLrAbsent[i];
        matching = absentAt;
      } else {
        continue;
      }
      logOdds += logLr;
      if (logLr > 0) {
        supporting |= matching;
      } else if (logLr < 0) {
        conflicting |= matching;
      }
    }
    finish(report, direct, dense, logOdds, supporting, conflicting, index, sink);
  }

  /** The index in the tables by code of criterion {@code i}, by the codes of its features in {@code direct}. */
  private int codeIndex(byte[] direct, int i) {
    int[] numberAt = positionNumbers;
    int from = criterionStart[i];
    int to = criterionStart[i + 1];
    int code = 0;
    for (int q = from; q < to; q++) {
      code |= (direct[numberAt[q]] & 3) << (2 * (q - from));
    }
    return codeStart[i] + code;
  }

  /**
   * The criteria {@link #scoreTo} reads for a report whose {@link ReportStates#dense} array has
   * every number this model reads, as bits: those that read a feature the report answers, in
   * order. The others have every feature unknown. When the report answers more of the model's
   * features than the model has criteria, finding them costs more than it saves: every criterion.
   */
  private long criteriaToRead(SymptomReport report) {
    long[] answered = STATES.answered(report);
    if (answered == null) {
      return allCriteria;
    }
    long[] reads = criteriaNumbers;
    int words = Math.min(reads.length, answered.length);
    int count = 0;
    for (int w = 0; w < words; w++) {
      count += Long.bitCount(answered[w] & reads[w]);
    }
    if (count > featureTable.length) {
      return allCriteria;
    }
    long todo = 0;
    for (int w = 0; w < words; w++) {
      for (long m = answered[w] & reads[w]; m != 0; m &= m - 1) {
        todo |= criteriaReading[w * Long.SIZE + Long.numberOfTrailingZeros(m)];
      }
    }
    return todo;
  }

  /**
   * The end of {@link #scoreTo}: the probability from the summed log odds, the caps of the
   * essential criteria, and the explanation lists from the matching positions.
   */
  private void finish(SymptomReport report, byte @org.jspecify.annotations.Nullable [] direct,
      byte @org.jspecify.annotations.Nullable [] dense, double logOdds, long supportingAt, long conflictingAt,
      int index, RuleBasedAccess.Sink sink) {
    long supporting = supportingAt;
    long conflicting = conflictingAt;
    double p = 1.0 / (1.0 + Math.exp(-logOdds));
    int first = criterionStart[featureTable.length];
    for (int i = 0; i < essentialFeatures.length; i++) {
      int v = direct != null ? direct[essentialNumbers[i]] : code(report, dense, essentialNumbers[i], essentialFeatures[i]);
      if (v == ReportStates.ABSENT) {
        if (p > essentialCaps[i]) {
          p = essentialCaps[i];
        }
        conflicting |= 1L << (first + i);
      }
    }
    p = Math.max(FLOOR, Math.min(CEILING, p));
    if (repeats) {
      supporting = firstOfEach(supporting);
      conflicting = firstOfEach(conflicting);
    }
    sink.condition(index, p, ids(supporting), ids(conflicting));
  }

  /** The number of criteria, for {@link #criterionState}. */
  int criterionCount() {
    return featureTable.length;
  }

  /** The {@link FeatureIndex} numbers criterion {@code i} reads; the caller must not change the array. */
  int[] criterionNumbers(int i) {
    return featureNumbers[i];
  }

  /** The {@link FeatureIndex} numbers of the essential criteria; the caller must not change the array. */
  int[] essentialNumbers() {
    return essentialNumbers;
  }

  /**
   * Return the combined state of criterion {@code i}, as {@link #score} finds it:
   * {@link ReportStates#PRESENT}, {@link ReportStates#ABSENT}, or 0 when unknown.
   *
   * @param states the report's answers by feature number, {@link ReportStates#PRESENT} or
   *     {@link ReportStates#ABSENT} (anything else is unknown), covering every number the model reads
   */
  byte criterionState(int i, byte[] states) {
    int[] numbers = featureNumbers[i];
    if (numbers.length == 1) {
      byte v = states[numbers[0]];
      return v == ReportStates.PRESENT || v == ReportStates.ABSENT ? v : 0;
    }
    boolean anyPresent = false;
    boolean anyAbsent = false;
    boolean allPresent = true;
    boolean allAbsent = true;
    for (int number : numbers) {
      int v = states[number];
      anyPresent |= v == ReportStates.PRESENT;
      anyAbsent |= v == ReportStates.ABSENT;
      allPresent &= v == ReportStates.PRESENT;
      allAbsent &= v == ReportStates.ABSENT;
    }
    if (allOf[i]) {
      return allPresent ? ReportStates.PRESENT : anyAbsent ? ReportStates.ABSENT : 0;
    }
    return anyPresent ? ReportStates.PRESENT : allAbsent ? ReportStates.ABSENT : 0;
  }

  /**
   * Return what criterion {@code i} in a {@link #criterionState} adds to the log odds, as
   * {@link #score} adds it: its log likelihood ratio, or 0 when unknown (adding 0 leaves
   * every log odds the models reach unchanged, bit for bit, as none is -0).
   */
  double logLr(int i, byte state) {
    return logLrByState[(i << 2) | (state & 3)];
  }

  /**
   * Return the probability {@link #score} gives for the log odds it sums (the
   * prior's and every criterion's, in order), with the caps of the essential criteria read from
   * {@code states} (as {@link #criterionState} reads them).
   */
  double probability(double logOdds, byte[] states) {
    double p = 1.0 / (1.0 + Math.exp(-logOdds));
    for (int i = 0; i < essentialNumbers.length; i++) {
      if (states[essentialNumbers[i]] == ReportStates.ABSENT && p > essentialCaps[i]) {
        p = essentialCaps[i];
      }
    }
    return Math.max(FLOOR, Math.min(CEILING, p));
  }

  /**
   * Keep, of the positions in {@code matched}, the first of each feature: a finding is listed
   * once, where it first counts (the same as adding the positions one by one, in order, each
   * unless its feature is already listed).
   */
  private long firstOfEach(long matched) {
    long kept = matched;
    long m = matched;
    while (m != 0) {
      int q = Long.numberOfTrailingZeros(m);
      m &= m - 1;
      if ((matched & sameEarlier[q]) != 0) {
        kept &= ~(1L << q);
      }
    }
    return kept;
  }

  /** The features at the given positions, in position order, as a list the records keep without copying. */
  private List<String> ids(long mask) {
    int count = Long.bitCount(mask);
    if (count == 1) {
      return singles[Long.numberOfTrailingZeros(mask)];
    }
    if (count == 2) {
      // The JDK's list of two is the smallest immutable list there is (24 bytes, no array).
      return List.of(positions[Long.numberOfTrailingZeros(mask)], positions[63 - Long.numberOfLeadingZeros(mask)]);
    }
    return FrozenList.ofPositions(positions, mask);
  }

  /** Score a model with more than 64 positions: the same rules, with lists. */
  private ConditionScore scoreGeneral(SymptomReport report) {
    double logOdds = priorLogOdds(report);
    IdList supporting = new IdList();
    IdList conflicting = new IdList();
    for (int i = 0; i < featureTable.length; i++) {
      FindingState state = combined(report, featureTable[i], featureNumbers[i], allOf[i]);
      if (state == FindingState.PRESENT) {
        logOdds += logLrPresent[i];
        explain(report, featureTable[i], featureNumbers[i], FindingState.PRESENT, logLrPresent[i], supporting, conflicting);
      } else if (state == FindingState.ABSENT) {
        logOdds += logLrAbsent[i];
        explain(report, featureTable[i], featureNumbers[i], FindingState.ABSENT, logLrAbsent[i], supporting, conflicting);
      }
    }
    double p = 1.0 / (1.0 + Math.exp(-logOdds));
    for (int i = 0; i < essentialFeatures.length; i++) {
      if (state(report, essentialNumbers[i], essentialFeatures[i]) == FindingState.ABSENT) {
        if (p > essentialCaps[i]) {
          p = essentialCaps[i];
        }
        conflicting.add(essentialFeatures[i]);
      }
    }
    p = Math.max(FLOOR, Math.min(CEILING, p));
    return new ConditionScore(conditionId, p, supporting.toList(), conflicting.toList());
  }

  private static FindingState combined(SymptomReport report, String[] features, int[] numbers, boolean allOf) {
    if (features.length == 1) {
      return state(report, numbers[0], features[0]);
    }
    boolean anyPresent = false;
    boolean anyAbsent = false;
    boolean allPresent = true;
    boolean allAbsent = true;
    for (int k = 0; k < features.length; k++) {
      FindingState s = state(report, numbers[k], features[k]);
      anyPresent |= s == FindingState.PRESENT;
      anyAbsent |= s == FindingState.ABSENT;
      allPresent &= s == FindingState.PRESENT;
      allAbsent &= s == FindingState.ABSENT;
    }
    if (allOf) {
      return allPresent ? FindingState.PRESENT : anyAbsent ? FindingState.ABSENT : FindingState.UNKNOWN;
    }
    return anyPresent ? FindingState.PRESENT : allAbsent ? FindingState.ABSENT : FindingState.UNKNOWN;
  }

  private static void explain(SymptomReport report, String[] features, int[] numbers, FindingState state, double logLr,
      IdList supporting, IdList conflicting) {
    if (logLr == 0.0) {
      return;
    }
    IdList target = logLr > 0 ? supporting : conflicting;
    if (features.length == 1) {
      target.add(features[0]); // combined() already found it in this state
      return;
    }
    for (int k = 0; k < features.length; k++) {
      if (state(report, numbers[k], features[k]) == state) {
        target.add(features[k]);
      }
    }
  }

  /** Builds an {@link EvidenceModel}; every number needs a {@link Source}. */
  public static final class Builder {
    private final String conditionId;
    private double prior = Double.NaN;
    private Source priorSource;
    private final List<AgePrior> agePriors = new ArrayList<>();
    private final List<SexOdds> sexOdds = new ArrayList<>();
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Essential> essentials = new ArrayList<>();

    private Builder(String conditionId) {
      this.conditionId = requireNonNull(conditionId, "conditionId");
    }

    /**
     * Set the prior for an adult of unknown age and sex.
     *
     * @param probability in (0, 1)
     * @param source where it comes from; never {@code null}
     * @return this builder
     */
    public Builder prior(double probability, Source source) {
      checkProbability(probability, "prior");
      this.prior = probability;
      this.priorSource = requireNonNull(source, "source");
      return this;
    }

    /**
     * Set the prior for people aged {@code fromAge} or more (the highest band that applies wins).
     *
     * @param fromAge the youngest age of the band
     * @param probability in (0, 1)
     * @param source where it comes from; never {@code null}
     * @return this builder
     */
    public Builder priorFromAge(int fromAge, double probability, Source source) {
      checkProbability(probability, "age prior");
      checkArgument(agePriors.isEmpty() || agePriors.get(agePriors.size() - 1).fromAge() < fromAge,
          "%s: age bands must be added youngest first", conditionId);
      agePriors.add(new AgePrior(fromAge, probability, source));
      return this;
    }

    /**
     * Multiply the prior odds for one sex.
     *
     * @param sex the sex; never {@code null}
     * @param oddsRatio greater than 0
     * @param source where it comes from; never {@code null}
     * @return this builder
     */
    public Builder sexOddsRatio(Sex sex, double oddsRatio, Source source) {
      checkArgument(oddsRatio > 0 && Double.isFinite(oddsRatio), "%s: odds ratio must be positive", conditionId);
      sexOdds.add(new SexOdds(sex, oddsRatio, source));
      return this;
    }

    /**
     * Add a criterion on one feature.
     *
     * @param featureId the feature id; never {@code null}
     * @param lrPresent likelihood ratio when present, greater than 0
     * @param lrAbsent likelihood ratio when absent, greater than 0, on the other side of 1
     * @param source where the numbers come from; never {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the ratios are not both on opposite sides of 1
     */
    public Builder criterion(String featureId, double lrPresent, double lrAbsent, Source source) {
      return add(List.of(featureId), Mode.ANY_OF, lrPresent, lrAbsent, source);
    }

    /**
     * Add a criterion that is present when any of several correlated findings is present, and
     * absent only when all are absent. Use it for findings that mean nearly the same thing, so
     * they are not counted twice.
     *
     * @param lrPresent likelihood ratio when any is present
     * @param lrAbsent likelihood ratio when all are absent
     * @param source where the numbers come from; never {@code null}
     * @param featureIds the feature ids; never {@code null} or empty
     * @return this builder
     */
    public Builder anyOf(double lrPresent, double lrAbsent, Source source, String... featureIds) {
      return add(List.of(featureIds), Mode.ANY_OF, lrPresent, lrAbsent, source);
    }

    /**
     * Add a criterion that is present only when all findings are present (a pattern that means
     * more together than apart), and absent when any is absent.
     *
     * @param lrPresent likelihood ratio when all are present
     * @param lrAbsent likelihood ratio when any is absent
     * @param source where the numbers come from; never {@code null}
     * @param featureIds the feature ids; never {@code null} or empty
     * @return this builder
     */
    public Builder allOf(double lrPresent, double lrAbsent, Source source, String... featureIds) {
      return add(List.of(featureIds), Mode.ALL_OF, lrPresent, lrAbsent, source);
    }

    private Builder add(List<String> features, Mode mode, double lrPresent, double lrAbsent, Source source) {
      checkArgument(!features.isEmpty(), "%s: a criterion needs a feature", conditionId);
      checkArgument(lrPresent > 0 && Double.isFinite(lrPresent) && lrAbsent > 0 && Double.isFinite(lrAbsent),
          "%s: likelihood ratios for %s must be positive and finite", conditionId, features);
      boolean supporting = lrPresent >= 1 && lrAbsent <= 1;
      boolean conflicting = lrPresent <= 1 && lrAbsent >= 1;
      checkArgument(supporting || conflicting,
          "%s: criterion %s has LR+ %s and LR- %s on the same side of 1; a criterion must be "
              + "supporting (LR+ >= 1 >= LR-) or conflicting (LR+ <= 1 <= LR-)",
          conditionId, features, lrPresent, lrAbsent);
      criteria.add(new Criterion(features, mode, lrPresent, lrAbsent, source));
      return this;
    }

    /**
     * Make a finding essential: when it is reported absent, the probability is at most {@code cap}.
     *
     * @param featureId the feature id; never {@code null}
     * @param capWhenAbsent in (0, 1)
     * @param source where the rule comes from; never {@code null}
     * @return this builder
     */
    public Builder essential(String featureId, double capWhenAbsent, Source source) {
      checkProbability(capWhenAbsent, "cap");
      essentials.add(new Essential(featureId, capWhenAbsent, source));
      return this;
    }

    private void checkProbability(double p, String what) {
      checkArgument(p > 0 && p < 1, "%s: %s %s must be in (0, 1)", conditionId, what, p);
    }

    /**
     * Build the model.
     *
     * @return the model; never {@code null}
     * @throws IllegalStateException if no prior was set
     */
    public EvidenceModel build() {
      checkState(priorSource != null, "%s: the model needs a prior", conditionId);
      return new EvidenceModel(this);
    }
  }
}
