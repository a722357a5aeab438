package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.recumbent.internal.FeatureIndex;
import org.recumbent.internal.Messages;
import org.recumbent.internal.ReportStates;

/**
 * An immutable symptom report: who the person is and what is known about each feature.
 *
 * <p>A feature not mentioned is {@link FindingState#UNKNOWN}. A feature explicitly answered
 * "unknown" is also unknown for scoring, but {@link #isAnswered(String) counts as asked}, so an
 * interview does not ask it again. Findings are kept in id order, so two reports with the same
 * findings are equal whatever order they were added in.
 *
 * <p>The report checks the shape of each feature id; whether an id exists is checked against the
 * {@link Vocabulary} by the aggregator and the wire format.
 *
 * @since 0.1
 */
public final class SymptomReport {

  static {
    ReportStates.install(new States());
  }

  private static final long[] NO_NUMBERS = new long[0];

  private static final String[] NO_IDS = new String[0];

  private static final byte[] NO_CODES = new byte[0];

  private static final SymptomReport EMPTY = new SymptomReport(Patient.unknown(), NO_IDS, NO_CODES);

  /** How many one-finding overlays may stack before {@link #with} copies the findings again. */
  private static final int MAX_OVERLAY_DEPTH = 8;

  private final Patient patient;
  // The patient's age and sex as one number (see ReportStates.patientIndex), so scoring reads
  // them from the report itself rather than from two more objects elsewhere in memory.
  private final int patientIndex;
  // The explicit answers in id order, and each one's code (see DENSE_STATES): two flat arrays, so
  // a report is small and what scoring reads of it lies close together in memory. For an overlay
  // made by with(), its base's arrays, without the overriding finding.
  private final String[] ids;
  private final byte[] codes;
  // ids.length, kept here so checking a report against the vocabulary need not read the ids array,
  // which lies elsewhere in memory.
  private final int answerCount;
  // An overlay (a report made by with()) sets one finding over its base's answers; null otherwise.
  private final @Nullable String overrideId;
  // The overlay's state and the FeatureIndex number of overrideId when the overlay was made, in
  // one int (see overrideState, overrideNumber), so an overlay takes no more memory than before
  // numbering: the interview makes many. 0 for a report that is not an overlay.
  private final int override;
  private final @Nullable SymptomReport base;
  // The sorted map view, built on first use (scoring never needs it). Volatile, so a report
  // shared between threads publishes the fully built map.
  private volatile @Nullable SortedMap<String, FindingState> findings;
  // The explicit answers by FeatureIndex number (see DENSE_STATES), for every id numbered when it
  // was built: built with the report, so it lies next to it in memory, and again should more ids
  // be numbered later; never for an overlay (which reads its base's). Volatile, so a report shared
  // between threads publishes the filled array.
  private volatile byte @Nullable [] dense;
  // The numbers of the explicit answers in dense, as bits (bit n % 64 of word n / 64); written just
  // before dense, so a thread that reads dense sees it.
  private long[] answeredNumbers = NO_NUMBERS;

  private static final FindingState[] STATE_VALUES = FindingState.values();
  private static final int MAX_PACKED_NUMBER = (1 << 29) - 1;

  /** Codes of {@link #dense}: not mentioned, then 1 + the state's ordinal. */
  private static final FindingState[] DENSE_STATES = {
      FindingState.UNKNOWN, FindingState.PRESENT, FindingState.ABSENT, FindingState.UNKNOWN};

  /** A report of its own: the answers in id order (distinct ids) and their codes, kept without copying. */
  private SymptomReport(Patient patient, String[] ids, byte[] codes) {
    this.patient = patient;
    this.patientIndex = (patient.age().orElse(-1) + 1) * ReportStates.SEXES + patient.sex().ordinal();
    this.ids = ids;
    this.codes = codes;
    this.answerCount = ids.length;
    this.overrideId = null;
    this.override = 0;
    this.base = null;
    buildDense();
  }

  /** An overlay: {@code base} with one finding set, sharing the base's arrays. */
  private SymptomReport(SymptomReport base, String featureId, FindingState state) {
    this.patient = base.patient;
    this.patientIndex = base.patientIndex;
    this.ids = base.ids;
    this.codes = base.codes;
    this.answerCount = base.answerCount;
    this.overrideId = featureId;
    int number = FeatureIndex.indexOf(featureId);
    // A number too large to pack (never in practice) is left out: the id is compared instead.
    int packed = number >= 0 && number < MAX_PACKED_NUMBER ? number + 1 : 0;
    this.override = packed << 2 | state.ordinal();
    this.base = base;
    this.findings = null;
  }

  /**
   * Return a report with no patient context and no findings.
   *
   * @return the empty report; never {@code null}
   */
  public static SymptomReport empty() {
    return EMPTY;
  }

  /**
   * Start building a report.
   *
   * @return a new builder; never {@code null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Return the patient context.
   *
   * @return the patient; never {@code null}
   */
  public Patient patient() {
    return patient;
  }

  /**
   * Return every explicit answer, in feature-id order, including explicit "unknown" answers.
   *
   * @return an unmodifiable sorted map; never {@code null}
   */
  public SortedMap<String, FindingState> findings() {
    SortedMap<String, FindingState> f = findings;
    if (f == null) {
      // Built once, on first use (many reports are scored and never listed).
      TreeMap<String, FindingState> copy;
      if (base == null) {
        copy = new TreeMap<>();
        for (int k = 0; k < ids.length; k++) {
          copy.put(ids[k], STATE_VALUES[codes[k] - 1]);
        }
      } else {
        copy = new TreeMap<>(base.findings());
        copy.put(overrideId, overrideState());
      }
      f = Collections.unmodifiableSortedMap(copy);
      findings = f;
    }
    return f;
  }

  /** The explicit answer for a feature, or null when not mentioned. */
  private @Nullable FindingState lookup(String featureId) {
    SymptomReport r = this;
    while (r.overrideId != null) {
      if (r.overrideId.equals(featureId)) {
        return r.overrideState();
      }
      r = r.base;
    }
    int code = r.code(FeatureIndex.indexOf(featureId), featureId);
    return code == 0 ? null : STATE_VALUES[code - 1];
  }

  /**
   * The code (see {@link #DENSE_STATES}) of a report that is not an overlay for a feature with
   * {@link FeatureIndex} number {@code number} (-1 when it has none): from the array when the
   * number is in it, else (numbered after the array was built, or never) found among the ids by
   * binary search.
   */
  private int code(int number, String featureId) {
    byte[] d = denseStates();
    if (number >= 0 && number < d.length) {
      return d[number];
    }
    int at = Arrays.binarySearch(ids, featureId);
    return at >= 0 ? codes[at] : 0;
  }

  /**
   * The state of a feature by its {@link FeatureIndex} number: the same answer as
   * {@link #state(String)} for {@code featureId}, read from an array rather than a map.
   */
  private FindingState indexedState(int featureIndex, String featureId) {
    SymptomReport r = this;
    while (r.overrideId != null) {
      int o = r.overrideNumber();
      // An override numbered after the overlay was made has -1 here: compare its id instead.
      if (o == featureIndex || (o < 0 && r.overrideId.equals(featureId))) {
        return r.overrideState();
      }
      r = r.base;
    }
    return DENSE_STATES[r.code(featureIndex, featureId)];
  }

  /** An overlay's state. */
  private FindingState overrideState() {
    return STATE_VALUES[override & 3];
  }

  /** An overlay's FeatureIndex number when it was made, or -1. */
  private int overrideNumber() {
    return (override >>> 2) - 1;
  }

  /** How many overlays this report stacks on a report built in full. */
  private int depth() {
    int d = 0;
    for (SymptomReport r = this; r.base != null; r = r.base) {
      d++;
    }
    return d;
  }

  /**
   * Return whether every explicit answer of this report has a {@link FeatureIndex} number whose
   * bit is set in {@code numbers} (bit {@code n % 64} of word {@code n / 64}); {@code false} when that is not known from the answers'
   * numbers (an overlay, or an answer whose id had no number when the array was built).
   */
  boolean answersNumberedIn(long[] numbers) {
    if (denseStates() == null) {
      return false;
    }
    // Written before the array (a volatile write) that denseStates() read: visible here.
    long[] answered = answeredNumbers;
    int count = 0;
    for (int w = 0; w < answered.length; w++) {
      long known = w < numbers.length ? numbers[w] : 0L;
      if ((answered[w] & ~known) != 0) {
        return false;
      }
      count += Long.bitCount(answered[w]);
    }
    return count == answerCount;
  }

  /**
   * The array of a report that is not an overlay, built again first if ids were numbered since it
   * was built (a report made before a plugin with features of its own was loaded); null for an
   * overlay.
   */
  private byte @Nullable [] denseStates() {
    if (overrideId != null) {
      return null;
    }
    byte[] d = dense;
    return d != null && d.length >= FeatureIndex.size() ? d : buildDense();
  }

  /** Build the array of a report that is not an overlay; racing threads build equal arrays. */
  private byte[] buildDense() {
    // The size first: every id numbered below it is visible to indexOf.
    byte[] d = new byte[FeatureIndex.size()];
    long[] answered = new long[(d.length + Long.SIZE - 1) / Long.SIZE];
    for (int k = 0; k < ids.length; k++) {
      int i = FeatureIndex.indexOf(ids[k]);
      if (i >= 0 && i < d.length) {
        d[i] = codes[k];
        answered[i / Long.SIZE] |= 1L << i;
      }
    }
    answeredNumbers = answered;
    dense = d;
    return d;
  }

  /**
   * Return what is known about a feature.
   *
   * @param featureId the feature id; never {@code null}
   * @return the state; {@link FindingState#UNKNOWN} when not mentioned; never {@code null}
   */
  public FindingState state(String featureId) {
    FindingState s = lookup(requireNonNull(featureId, "featureId"));
    return s == null ? FindingState.UNKNOWN : s;
  }

  /**
   * Return whether the feature is reported present.
   *
   * @param featureId the feature id; never {@code null}
   * @return {@code true} only when present
   */
  public boolean isPresent(String featureId) {
    return lookup(requireNonNull(featureId, "featureId")) == FindingState.PRESENT;
  }

  /**
   * Return whether the feature is reported absent.
   *
   * @param featureId the feature id; never {@code null}
   * @return {@code true} only when absent
   */
  public boolean isAbsent(String featureId) {
    return lookup(requireNonNull(featureId, "featureId")) == FindingState.ABSENT;
  }

  /**
   * Return whether the feature was answered at all, even with "unknown".
   *
   * @param featureId the feature id; never {@code null}
   * @return {@code true} when the report mentions the feature
   */
  public boolean isAnswered(String featureId) {
    return lookup(requireNonNull(featureId, "featureId")) != null;
  }

  /**
   * Return a builder that starts from this report.
   *
   * @return a new builder holding a copy of this report; never {@code null}
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.patient = patient;
    b.findings.putAll(findings());
    return b;
  }

  /**
   * Return a copy of this report with one finding set.
   *
   * @param featureId the feature id; never {@code null}
   * @param state the state; never {@code null}
   * @return a new report; never {@code null}
   */
  public SymptomReport with(String featureId, FindingState state) {
    requireNonNull(featureId, "featureId");
    requireNonNull(state, "state");
    checkId(featureId);
    if (depth() >= MAX_OVERLAY_DEPTH) {
      return toBuilder().finding(featureId, state).build();
    }
    // An overlay over this report: no copy of the findings, which are sorted only if asked for.
    return new SymptomReport(this, featureId, state);
  }

  /** Reject a malformed feature id, as {@link Builder#finding} does. */
  private static void checkId(String featureId) {
    if (!isWellFormed(featureId)) {
      checkArgument(Feature.ID.matcher(featureId).matches(),
          "findings: '%s' is not a feature id; ids look like 'timing.worse_lying_down'", Messages.echo(featureId));
    }
  }

  /**
   * Return whether an id matches {@link Feature#ID} ({@code [a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9_]*)+}),
   * without a regular expression: the check runs for every finding of every report read. A
   * {@code false} is confirmed by the pattern itself, so this can only save work, never change
   * the answer for a well-formed id.
   */
  static boolean isWellFormed(String id) {
    int n = id.length();
    if (n == 0 || !lower(id.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && id.charAt(i) != '.') {
      char c = id.charAt(i);
      if (!lower(c) && !digit(c) && c != '-') {
        return false;
      }
      i++;
    }
    if (i == n) {
      return false; // no segment after the first
    }
    while (i < n) {
      // id.charAt(i) == '.'
      i++;
      if (i == n || !(lower(id.charAt(i)) || digit(id.charAt(i)))) {
        return false;
      }
      i++;
      while (i < n && id.charAt(i) != '.') {
        char c = id.charAt(i);
        if (!lower(c) && !digit(c) && c != '_') {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SymptomReport r) || !r.patient.equals(patient)) {
      return false;
    }
    // Two reports of their own hold their answers in id order: equal maps are equal arrays.
    return r.base == null && base == null
        ? Arrays.equals(r.ids, ids) && Arrays.equals(r.codes, codes)
        : r.findings().equals(findings());
  }

  @Override
  public int hashCode() {
    int h = 0;
    if (base == null) {
      // Map.hashCode() of findings(), without building the map.
      for (int k = 0; k < ids.length; k++) {
        h += ids[k].hashCode() ^ STATE_VALUES[codes[k] - 1].hashCode();
      }
    } else {
      h = findings().hashCode();
    }
    return 31 * patient.hashCode() + h;
  }

  @Override
  public String toString() {
    return "SymptomReport{" + patient + ", findings=" + findings() + "}";
  }

  /** The evidence models' and triggers' way to {@link #indexedState}; see {@link ReportStates}. */
  private static final class States extends ReportStates {
    @Override
    public FindingState state(SymptomReport report, int index, String featureId) {
      return report.indexedState(index, featureId);
    }

    @Override
    public byte @Nullable [] dense(SymptomReport report) {
      return report.denseStates();
    }

    @Override
    public int patientIndex(SymptomReport report) {
      return report.patientIndex;
    }

    @Override
    public int answerCount(SymptomReport report) {
      return report.answerCount;
    }

    @Override
    public long @Nullable [] answered(SymptomReport report) {
      // Written before the array (a volatile write) that dense() read: visible here.
      return report.overrideId != null ? null : report.answeredNumbers;
    }

    @Override
    public SymptomReport report(Patient patient, String[] ids, byte[] codes) {
      return new SymptomReport(requireNonNull(patient, "patient"), ids, codes);
    }
  }

  /**
   * Builds a {@link SymptomReport}. Not thread-safe; {@link #build()} may be called many times.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Patient patient = Patient.unknown();
    private final TreeMap<String, FindingState> findings = new TreeMap<>();

    private Builder() {}

    /**
     * Set the patient context.
     *
     * @param patient the patient; never {@code null}
     * @return this builder
     */
    public Builder patient(Patient patient) {
      this.patient = requireNonNull(patient, "patient");
      return this;
    }

    /**
     * Set the age, keeping the sex.
     *
     * @param age whole years, 0 to 120
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder age(int age) {
      this.patient = Patient.of(age, patient.sex());
      return this;
    }

    /**
     * Set the sex, keeping the age.
     *
     * @param sex the sex; never {@code null}
     * @return this builder
     */
    public Builder sex(Sex sex) {
      requireNonNull(sex, "sex");
      this.patient = patient.age().isPresent()
          ? Patient.of(patient.age().getAsInt(), sex) : Patient.ofSex(sex);
      return this;
    }

    /**
     * Set one finding, replacing any earlier answer for the same feature.
     *
     * @param featureId the feature id; never {@code null}
     * @param state the state; never {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the id is malformed
     */
    public Builder finding(String featureId, FindingState state) {
      requireNonNull(featureId, "featureId");
      requireNonNull(state, "state");
      checkId(featureId);
      findings.put(featureId, state);
      return this;
    }

    /**
     * Mark features present.
     *
     * @param featureIds the feature ids; never {@code null}
     * @return this builder
     */
    public Builder present(String... featureIds) {
      for (String id : featureIds) {
        finding(id, FindingState.PRESENT);
      }
      return this;
    }

    /**
     * Mark features absent.
     *
     * @param featureIds the feature ids; never {@code null}
     * @return this builder
     */
    public Builder absent(String... featureIds) {
      for (String id : featureIds) {
        finding(id, FindingState.ABSENT);
      }
      return this;
    }

    /**
     * Mark features as asked but not known ("don't know").
     *
     * @param featureIds the feature ids; never {@code null}
     * @return this builder
     */
    public Builder unknown(String... featureIds) {
      for (String id : featureIds) {
        finding(id, FindingState.UNKNOWN);
      }
      return this;
    }

    /**
     * Set many findings at once.
     *
     * @param map feature id to state; never {@code null}, no {@code null} keys or values
     * @return this builder
     */
    public Builder findings(Map<String, FindingState> map) {
      map.forEach(this::finding);
      return this;
    }

    /**
     * Forget a finding, so the feature is unknown and unasked again.
     *
     * @param featureId the feature id; never {@code null}
     * @return this builder
     */
    public Builder clear(String featureId) {
      findings.remove(requireNonNull(featureId, "featureId"));
      return this;
    }

    /**
     * Build the immutable report.
     *
     * @return the report; never {@code null}
     */
    public SymptomReport build() {
      String[] ids = new String[findings.size()];
      byte[] codes = new byte[ids.length];
      int k = 0;
      for (Map.Entry<String, FindingState> e : findings.entrySet()) {
        ids[k] = e.getKey();
        codes[k++] = (byte) (1 + e.getValue().ordinal());
      }
      return new SymptomReport(patient, ids, codes);
    }
  }
}
