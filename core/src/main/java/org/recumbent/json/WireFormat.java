package org.recumbent.json;

import static java.util.Objects.requireNonNull;
import static org.recumbent.internal.Messages.echo;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.Question;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.core.Warning;
import org.recumbent.core.WatchFor;
import org.recumbent.internal.FeatureIndex;
import org.recumbent.internal.Messages;
import org.recumbent.internal.ReportStates;

/**
 * The JSON wire format v1: reads and writes symptom reports and assessments.
 *
 * <p>Reading a report is strict: an unknown field, an unknown feature id, a wrong value, a
 * duplicate key, or a missing or unsupported {@code schemaVersion} is a
 * {@link ReportFormatException} whose message names the JSON path and the allowed values.
 * Nothing is silently dropped. A message shows a key or value from the input with its control
 * and other invisible characters escaped (as {@code \}{@code u001b}), and cut to its first 80
 * characters and an ellipsis. {@code null} for {@code patient}, {@code age} or {@code sex} means
 * "not given". Writing uses a stable field order.
 *
 * <p>Immutable and thread-safe; build one per vocabulary and share it.
 *
 * @since 0.1
 */
public final class WireFormat {

  /** The only schema version this format reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private static final String TOP_FIELDS = "schemaVersion, patient, findings";
  private static final String PATIENT_FIELDS = "age, sex";

  private static final ReportStates STATES = ReportStates.get();
  /** Jackson's error messages quote at most as much of a bad token as messages show of any input. */
  private static final ErrorReportConfiguration ERROR_REPORTS = ErrorReportConfiguration.builder()
      .maxErrorTokenLength(Messages.ECHO_LIMIT).build();
  private static final String DUPLICATE = "; each field and feature id may appear once";
  /** The wire names of the finding states, by ordinal, to compare a value in the parser's buffer. */
  private static final char[][] STATE_NAMES = Arrays.stream(FindingState.values())
      .map(f -> f.wireName().toCharArray()).toArray(char[][]::new);

  private final Vocabulary vocabulary;
  private final JsonFactory factory;
  /** The vocabulary's ids in their natural order: a report holds its findings in this order. */
  private final String[] sortedIds;
  /** By {@link FeatureIndex} number: the id's place in {@link #sortedIds}, or -1 when not in the vocabulary. */
  private final int[] rankByNumber;

  private WireFormat(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    // Duplicate keys are found by the reader itself (a bit per field, a bit per feature), which
    // names the duplicate's path; Jackson's detection keeps a hash set per object.
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64).maxStringLength(100_000).maxNumberLength(100).build())
        .errorReportConfiguration(ERROR_REPORTS)
        .build();
    this.sortedIds = vocabulary.ids().stream().sorted().toArray(String[]::new);
    int max = -1;
    for (String id : sortedIds) {
      max = Math.max(max, FeatureIndex.intern(id));
    }
    this.rankByNumber = new int[max + 1];
    Arrays.fill(rankByNumber, -1);
    for (int r = 0; r < sortedIds.length; r++) {
      rankByNumber[FeatureIndex.indexOf(sortedIds[r])] = r;
    }
  }

  /**
   * Holds the tree mapper used only to read assessments, so that reading reports and writing
   * assessments (the hot path, and the cold start of a command-line run) never load Jackson
   * databind's classes.
   */
  private static final class Trees {
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .errorReportConfiguration(ERROR_REPORTS)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100).build())
        .build());
  }

  /**
   * Return a wire format that accepts the features of a vocabulary.
   *
   * @param vocabulary the vocabulary, usually {@link org.recumbent.core.ConditionAggregator#vocabulary()}; never {@code null}
   * @return the wire format; never {@code null}
   */
  public static WireFormat of(Vocabulary vocabulary) {
    return new WireFormat(requireNonNull(vocabulary, "vocabulary"));
  }

  /**
   * Return the vocabulary this format checks feature ids against.
   *
   * @return the vocabulary; never {@code null}
   */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  // ---------------------------------------------------------------- reports

  /**
   * Read a report.
   *
   * @param json the JSON text; never {@code null}
   * @return the report; never {@code null}
   * @throws ReportFormatException if the text is not a valid v1 report
   */
  public SymptomReport readReport(String json) {
    requireNonNull(json, "json");
    try (JsonParser p = factory.createParser(json)) {
      return readReportFrom(p);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Read a report from UTF-8 bytes.
   *
   * @param json the bytes; never {@code null}
   * @return the report; never {@code null}
   * @throws ReportFormatException if the bytes are not a valid v1 report
   */
  public SymptomReport readReport(byte[] json) {
    requireNonNull(json, "json");
    try (JsonParser p = factory.createParser(json)) {
      return readReportFrom(p);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Read a report from a stream (UTF-8), which is read to the end but not closed.
   *
   * @param in the stream; never {@code null}
   * @return the report; never {@code null}
   * @throws ReportFormatException if the content is not a valid v1 report
   * @throws UncheckedIOException if the stream cannot be read
   */
  public SymptomReport readReport(InputStream in) {
    requireNonNull(in, "in");
    try {
      return readReport(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Read a report, turning Jackson's errors into a {@link ReportFormatException} at their place. */
  private SymptomReport readReportFrom(JsonParser p) throws IOException {
    try {
      return readReport(p);
    } catch (JsonProcessingException e) {
      // A limit of the parser (a name too long, say) gives no location: the parser's is near enough.
      throw malformed(e, p.currentLocation());
    }
  }

  /**
   * Return the error for input that failed in Jackson other than as malformed JSON: the input is in
   * memory, so any such failure is undecodable text (for example bytes that look like UTF-32 but
   * are not), a format problem rather than an I/O one.
   */
  private static ReportFormatException unreadable(IOException e) {
    return new ReportFormatException("$", "not readable as UTF-8 JSON: " + Messages.escape(firstLine(e.getMessage())));
  }

  private SymptomReport readReport(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_OBJECT) {
      throw new ReportFormatException("$", "expected a JSON object with fields " + TOP_FIELDS
          + ", found " + describe(t));
    }
    Patient patient = Patient.unknown();
    Findings findings = null;
    boolean sawVersion = false;
    boolean sawPatient = false;
    boolean sawFindings = false;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      boolean again = switch (name) {
        case "schemaVersion" -> sawVersion;
        case "patient" -> sawPatient;
        case "findings" -> sawFindings;
        default -> false;
      };
      if (again) {
        throw new ReportFormatException("$." + name, "duplicate field" + DUPLICATE);
      }
      JsonToken v = p.nextToken();
      switch (name) {
        case "schemaVersion" -> {
          if (v != JsonToken.VALUE_NUMBER_INT) {
            throw new ReportFormatException("$.schemaVersion", "expected the integer " + SCHEMA_VERSION
                + ", found " + describe(v) + "; allowed: " + SCHEMA_VERSION);
          }
          if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != SCHEMA_VERSION) {
            throw new ReportFormatException("$.schemaVersion", "unsupported schema version " + echo(p.getText())
                + "; allowed: " + SCHEMA_VERSION);
          }
          sawVersion = true;
        }
        case "patient" -> {
          patient = readPatient(p, v);
          sawPatient = true;
        }
        case "findings" -> {
          findings = readFindings(p, v);
          sawFindings = true;
        }
        default -> throw new ReportFormatException("$." + echo(name),
            "unknown field; allowed fields: " + TOP_FIELDS);
      }
    }
    if (!sawVersion) {
      throw new ReportFormatException("$.schemaVersion", "missing; every report needs \"schemaVersion\": "
          + SCHEMA_VERSION);
    }
    if (!sawFindings) {
      throw new ReportFormatException("$.findings", "missing; give an object of feature id to one of "
          + FindingState.ALLOWED + " (it may be empty: {})");
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw new ReportFormatException("$", "unexpected content after the report: " + describe(trailing));
    }
    return STATES.report(patient, findings.ids, findings.codes);
  }

  /** The findings of a report as it reads them: ids distinct and in their natural order, with their codes. */
  private record Findings(String[] ids, byte[] codes) {}

  private static Patient readPatient(JsonParser p, JsonToken v) throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return Patient.unknown();
    }
    if (v != JsonToken.START_OBJECT) {
      throw new ReportFormatException("$.patient", "expected an object with fields " + PATIENT_FIELDS
          + ", found " + describe(v));
    }
    Integer age = null;
    Sex sex = Sex.UNKNOWN;
    boolean sawAge = false;
    boolean sawSex = false;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (name.equals("age") ? sawAge : name.equals("sex") && sawSex) {
        throw new ReportFormatException("$.patient." + name, "duplicate field" + DUPLICATE);
      }
      JsonToken fv = p.nextToken();
      switch (name) {
        case "age" -> {
          sawAge = true;
          if (fv == JsonToken.VALUE_NULL) {
            break;
          }
          if (fv != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new ReportFormatException("$.patient.age", "expected whole years from " + Patient.MIN_AGE
                + " to " + Patient.MAX_AGE + ", found " + describeValue(p, fv));
          }
          int a = p.getIntValue();
          if (a < Patient.MIN_AGE || a > Patient.MAX_AGE) {
            throw new ReportFormatException("$.patient.age", a + " is out of range; allowed: whole years from "
                + Patient.MIN_AGE + " to " + Patient.MAX_AGE);
          }
          age = a;
        }
        case "sex" -> {
          sawSex = true;
          if (fv == JsonToken.VALUE_NULL) {
            break;
          }
          if (fv != JsonToken.VALUE_STRING) {
            throw new ReportFormatException("$.patient.sex", "expected a string, found " + describeValue(p, fv)
                + "; allowed: " + Sex.ALLOWED);
          }
          String s = p.getText();
          sex = Sex.fromWireName(s).orElseThrow(() -> new ReportFormatException("$.patient.sex",
              "\"" + echo(s) + "\" is not allowed; allowed: " + Sex.ALLOWED));
        }
        default -> throw new ReportFormatException("$.patient." + echo(name),
            "unknown field; allowed fields: " + PATIENT_FIELDS);
      }
    }
    return age == null ? Patient.ofSex(sex) : Patient.of(age, sex);
  }

  private Findings readFindings(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw new ReportFormatException("$.findings", "expected an object of feature id to one of "
          + FindingState.ALLOWED + ", found " + describe(v));
    }
    // Each finding goes to its id's place in the vocabulary's sorted ids: a bit says it was seen
    // (so a second is a duplicate), a byte holds its state. No map and no sort.
    long[] seen = new long[(sortedIds.length + Long.SIZE - 1) / Long.SIZE];
    byte[] codeByRank = new byte[sortedIds.length];
    int count = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String id = p.currentName();
      int number = FeatureIndex.indexOf(id);
      int rank = number >= 0 && number < rankByNumber.length ? rankByNumber[number] : -1;
      if (rank < 0) {
        throw new ReportFormatException(findingPath(id), "unknown feature id"
            + vocabulary.suggest(id).map(s -> " (did you mean \"" + s + "\"?)").orElse("")
            + "; allowed: the " + vocabulary.ids().size()
            + " feature ids of the vocabulary (Vocabulary.ids() lists them)");
      }
      if ((seen[rank >>> 6] & (1L << rank)) != 0) {
        throw new ReportFormatException(findingPath(id), "duplicate feature id" + DUPLICATE);
      }
      JsonToken fv = p.nextToken();
      if (fv != JsonToken.VALUE_STRING) {
        throw new ReportFormatException(findingPath(id), "expected a string, found " + describeValue(p, fv)
            + "; allowed: " + FindingState.ALLOWED);
      }
      int code = stateCode(p);
      if (code == 0) {
        code = 1 + findingState(id, p.getText()).ordinal();
      }
      seen[rank >>> 6] |= 1L << rank;
      codeByRank[rank] = (byte) code;
      count++;
    }
    String[] ids = new String[count];
    byte[] codes = new byte[count];
    int k = 0;
    for (int w = 0; w < seen.length; w++) {
      for (long bits = seen[w]; bits != 0; bits &= bits - 1) {
        int rank = w * Long.SIZE + Long.numberOfTrailingZeros(bits);
        ids[k] = sortedIds[rank];
        codes[k++] = codeByRank[rank];
      }
    }
    return new Findings(ids, codes);
  }

  /**
   * The code (1 + ordinal) of the finding state the current string value names, compared in the
   * parser's buffer without making a string; 0 when it names none.
   */
  private static int stateCode(JsonParser p) throws IOException {
    char[] text = p.getTextCharacters();
    int from = p.getTextOffset();
    int length = p.getTextLength();
    for (int s = 0; s < STATE_NAMES.length; s++) {
      char[] name = STATE_NAMES[s];
      if (name.length == length && Arrays.equals(text, from, from + length, name, 0, length)) {
        return s + 1;
      }
    }
    return 0;
  }

  /** The path of a finding, naming its id as {@code Messages.echo} shows input. */
  private static String findingPath(String id) {
    return "$.findings[\"" + echo(id) + "\"]";
  }

  /**
   * Return the state a wire name stands for (the names of {@link FindingState#wireName()},
   * exactly), for a value {@link #stateCode} did not match: in practice, the error naming it.
   */
  private static FindingState findingState(String id, String s) {
    return FindingState.fromWireName(s).orElseThrow(() -> new ReportFormatException(findingPath(id),
        "\"" + echo(s) + "\" is not allowed; allowed: " + FindingState.ALLOWED));
  }

  /**
   * Write a report.
   *
   * @param report the report; never {@code null}
   * @return compact JSON; never {@code null}
   */
  public String writeReport(SymptomReport report) {
    requireNonNull(report, "report");
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = factory.createGenerator(w)) {
      writeReport(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeReport(SymptomReport report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    Patient patient = report.patient();
    if (!patient.equals(Patient.unknown())) {
      g.writeObjectFieldStart("patient");
      if (patient.age().isPresent()) {
        g.writeNumberField("age", patient.age().getAsInt());
      }
      g.writeStringField("sex", patient.sex().wireName());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("findings");
    for (Map.Entry<String, FindingState> e : report.findings().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue().wireName());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- assessments

  /**
   * Write an assessment.
   *
   * @param assessment the assessment; never {@code null}
   * @return compact JSON with a stable field order; never {@code null}
   */
  public String writeAssessment(AggregatedAssessment assessment) {
    StringWriter w = new StringWriter(2048);
    writeAssessment(assessment, w);
    return w.toString();
  }

  /**
   * Write an assessment as UTF-8 bytes: the JSON of {@link #writeAssessment(AggregatedAssessment)},
   * except that a surrogate character is written as an escape (a backslash, {@code u} and four hex
   * digits), as Jackson's UTF-8 generator writes it.
   *
   * @param assessment the assessment; never {@code null}
   * @return compact JSON; never {@code null}
   */
  public byte[] writeAssessmentBytes(AggregatedAssessment assessment) {
    requireNonNull(assessment, "assessment");
    return Utf8AssessmentWriter.toBytes(assessment);
  }

  /**
   * Write an assessment to a stream as UTF-8, the bytes of {@link #writeAssessmentBytes}, with one
   * {@code write} call; the stream is flushed, not closed.
   *
   * @param assessment the assessment; never {@code null}
   * @param out the stream; never {@code null}
   */
  public void writeAssessment(AggregatedAssessment assessment, OutputStream out) {
    requireNonNull(assessment, "assessment");
    requireNonNull(out, "out");
    try {
      Utf8AssessmentWriter.write(assessment, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Write an assessment to a writer; the writer is flushed, not closed.
   *
   * @param assessment the assessment; never {@code null}
   * @param out the writer; never {@code null}
   */
  public void writeAssessment(AggregatedAssessment assessment, Writer out) {
    requireNonNull(assessment, "assessment");
    try (JsonGenerator g = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      writeAssessment(assessment, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Write an assessment with a Jackson generator: the text form, and the reference the UTF-8 writer's
   * tests compare bytes with.
   */
  static void writeAssessment(AggregatedAssessment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("triage", a.triage().name());
    g.writeStringField("triageMessage", a.triageMessage());
    g.writeBooleanField("outOfScope", a.outOfScope());
    g.writeArrayFieldStart("differential");
    for (RankedCondition c : a.differential()) {
      g.writeStartObject();
      g.writeStringField("condition", c.condition());
      g.writeStringField("name", c.name());
      g.writeNumberField("probability", c.probability());
      writeStrings(g, "supporting", c.supporting());
      writeStrings(g, "conflicting", c.conflicting());
      g.writeObjectFieldStart("codes");
      g.writeStringField("icd10", c.icd10());
      if (c.snomed().isPresent()) {
        g.writeStringField("snomed", c.snomed().get());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (Warning w : a.warnings()) {
      g.writeStartObject();
      g.writeStringField("id", w.id());
      g.writeStringField("triage", w.triage().name());
      g.writeStringField("message", w.message());
      writeStrings(g, "triggeredBy", w.triggeredBy());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("advice");
    for (Advice ad : a.advice()) {
      g.writeStartObject();
      g.writeStringField("id", ad.id());
      g.writeStringField("text", ad.text());
      writeStrings(g, "forConditions", ad.forConditions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("avoid");
    for (AvoidedAdvice av : a.avoid()) {
      g.writeStartObject();
      g.writeStringField("id", av.id());
      g.writeStringField("text", av.text());
      g.writeStringField("reason", av.reason());
      writeStrings(g, "becauseOf", av.becauseOf());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("watchFor");
    for (WatchFor wf : a.watchFor()) {
      g.writeStartObject();
      g.writeStringField("id", wf.id());
      g.writeStringField("triage", wf.triage().name());
      g.writeStringField("text", wf.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("nextQuestions");
    for (Question q : a.nextQuestions()) {
      g.writeStartObject();
      g.writeStringField("feature", q.feature());
      g.writeStringField("question", q.question());
      writeStrings(g, "features", q.features());
      g.writeBooleanField("redFlag", q.redFlag());
      g.writeStringField("kind", q.kind().name().toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("failedPlugins");
    for (PluginFailure f : a.failedPlugins()) {
      g.writeStartObject();
      g.writeStringField("plugin", f.plugin());
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeStrings(g, "notes", a.notes());
    g.writeStringField("disclaimer", a.disclaimer());
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * Read an assessment written by {@link #writeAssessment(AggregatedAssessment)}. Unknown fields
   * are ignored, so a reader keeps working when later versions add fields.
   *
   * @param json the JSON text; never {@code null}
   * @return the assessment; never {@code null}
   * @throws ReportFormatException if a required field is missing or has the wrong type
   */
  public AggregatedAssessment readAssessment(String json) {
    requireNonNull(json, "json");
    JsonNode root;
    try (JsonParser p = Trees.MAPPER.createParser(json)) {
      try {
        root = Trees.MAPPER.readTree(p);
      } catch (JsonProcessingException e) {
        throw malformed(e, p.currentLocation());
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (root == null || !root.isObject()) {
      throw new ReportFormatException("$", "expected an assessment object");
    }
    int version = requireInt(root, "$", "schemaVersion");
    if (version != SCHEMA_VERSION) {
      throw new ReportFormatException("$.schemaVersion", "unsupported schema version " + version
          + "; allowed: " + SCHEMA_VERSION);
    }
    AggregatedAssessment.Builder b = AggregatedAssessment.builder();
    b.triage(triage(root, "$"), requireText(root, "$", "triageMessage"));
    b.outOfScope(requireBoolean(root, "$", "outOfScope"));
    List<RankedCondition> diff = new ArrayList<>();
    forEach(root, "$", "differential", (n, path) -> {
      JsonNode codes = require(n, path, "codes");
      diff.add(new RankedCondition(requireText(n, path, "condition"), requireText(n, path, "name"),
          requireDouble(n, path, "probability"), strings(n, path, "supporting"), strings(n, path, "conflicting"),
          requireText(codes, path + ".codes", "icd10"),
          codes.hasNonNull("snomed") ? Optional.of(requireText(codes, path + ".codes", "snomed")) : Optional.empty()));
    });
    b.differential(diff);
    List<Warning> warnings = new ArrayList<>();
    forEach(root, "$", "warnings", (n, path) -> warnings.add(new Warning(requireText(n, path, "id"),
        triage(n, path), requireText(n, path, "message"), strings(n, path, "triggeredBy"))));
    b.warnings(warnings);
    List<Advice> advice = new ArrayList<>();
    forEach(root, "$", "advice", (n, path) -> advice.add(new Advice(requireText(n, path, "id"),
        requireText(n, path, "text"), strings(n, path, "forConditions"))));
    b.advice(advice);
    List<AvoidedAdvice> avoid = new ArrayList<>();
    forEach(root, "$", "avoid", (n, path) -> avoid.add(new AvoidedAdvice(requireText(n, path, "id"),
        requireText(n, path, "text"), requireText(n, path, "reason"), strings(n, path, "becauseOf"))));
    b.avoid(avoid);
    List<WatchFor> watch = new ArrayList<>();
    if (root.has("watchFor")) {
      forEach(root, "$", "watchFor", (n, path) -> watch.add(new WatchFor(requireText(n, path, "id"),
          triage(n, path), requireText(n, path, "text"))));
    }
    b.watchFor(watch);
    List<Question> questions = new ArrayList<>();
    forEach(root, "$", "nextQuestions", (n, path) -> {
      String feature = requireText(n, path, "feature");
      List<String> features = n.has("features") ? strings(n, path, "features") : List.of(feature);
      Question.Kind kind = features.size() == 1 ? Question.Kind.SINGLE : Question.Kind.GROUP;
      if (n.has("kind")) {
        String k = requireText(n, path, "kind");
        kind = QUESTION_KINDS.get(k);
        if (kind == null) {
          throw new ReportFormatException(path + ".kind", "\"" + echo(k) + "\" is not allowed; allowed: "
              + QUESTION_KINDS.keySet());
        }
        if ((kind == Question.Kind.SINGLE) != (features.size() == 1)) {
          throw new ReportFormatException(path + ".kind", "\"" + echo(k) + "\" does not fit " + features.size()
              + " feature(s): \"single\" asks about exactly one");
        }
      }
      questions.add(new Question(feature, requireText(n, path, "question"), features,
          n.has("redFlag") && requireBoolean(n, path, "redFlag"), kind));
    });
    b.nextQuestions(questions);
    List<PluginFailure> failures = new ArrayList<>();
    forEach(root, "$", "failedPlugins", (n, path) -> failures.add(new PluginFailure(
        requireText(n, path, "plugin"), requireText(n, path, "message"))));
    b.failedPlugins(failures);
    b.notes(root.has("notes") ? strings(root, "$", "notes") : List.of());
    b.disclaimer(requireText(root, "$", "disclaimer"));
    return b.build();
  }

  // ---------------------------------------------------------------- helpers

  private interface NodeConsumer {
    void accept(JsonNode node, String path);
  }

  private static void forEach(JsonNode parent, String path, String field, NodeConsumer c) {
    JsonNode arr = require(parent, path, field);
    if (!arr.isArray()) {
      throw new ReportFormatException(path + "." + field, "expected an array");
    }
    int i = 0;
    for (Iterator<JsonNode> it = arr.elements(); it.hasNext(); i++) {
      JsonNode n = it.next();
      String p = path + "." + field + "[" + i + "]";
      if (!n.isObject()) {
        throw new ReportFormatException(p, "expected an object");
      }
      c.accept(n, p);
    }
  }

  private static JsonNode require(JsonNode n, String path, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new ReportFormatException(path + "." + field, "missing");
    }
    return v;
  }

  private static String requireText(JsonNode n, String path, String field) {
    JsonNode v = require(n, path, field);
    if (!v.isTextual()) {
      throw new ReportFormatException(path + "." + field, "expected a string");
    }
    return v.textValue();
  }

  private static int requireInt(JsonNode n, String path, String field) {
    JsonNode v = require(n, path, field);
    if (!v.isInt()) {
      throw new ReportFormatException(path + "." + field, "expected an integer");
    }
    return v.intValue();
  }

  private static double requireDouble(JsonNode n, String path, String field) {
    JsonNode v = require(n, path, field);
    if (!v.isNumber()) {
      throw new ReportFormatException(path + "." + field, "expected a number");
    }
    return v.doubleValue();
  }

  private static boolean requireBoolean(JsonNode n, String path, String field) {
    JsonNode v = require(n, path, field);
    if (!v.isBoolean()) {
      throw new ReportFormatException(path + "." + field, "expected true or false");
    }
    return v.booleanValue();
  }

  /** The wire names of the question kinds, in declaration order. */
  private static final Map<String, Question.Kind> QUESTION_KINDS = questionKinds();

  private static Map<String, Question.Kind> questionKinds() {
    Map<String, Question.Kind> out = new LinkedHashMap<>();
    for (Question.Kind k : Question.Kind.values()) {
      out.put(k.name().toLowerCase(Locale.ROOT), k);
    }
    return Collections.unmodifiableMap(out);
  }

  private static Triage triage(JsonNode n, String path) {
    String s = requireText(n, path, "triage");
    return Triage.fromWireName(s).orElseThrow(() -> new ReportFormatException(path + ".triage",
        "\"" + echo(s) + "\" is not allowed; allowed: " + Triage.ALLOWED));
  }

  private static List<String> strings(JsonNode n, String path, String field) {
    JsonNode arr = require(n, path, field);
    if (!arr.isArray()) {
      throw new ReportFormatException(path + "." + field, "expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (JsonNode v : arr) {
      if (!v.isTextual()) {
        throw new ReportFormatException(path + "." + field + "[" + i + "]", "expected a string");
      }
      out.add(v.textValue());
      seen.add(v.textValue());
      i++;
    }
    return out;
  }

  /**
   * Return the error for JSON that Jackson could not read: where (from the exception, else the
   * parser's place) and what, in plain words rather than Jackson's names for its settings.
   */
  private static ReportFormatException malformed(JsonProcessingException e, @Nullable JsonLocation fallback) {
    JsonLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
    String where = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    String msg = firstLine(e.getOriginalMessage());
    if (msg.startsWith("Duplicate field")) {
      return new ReportFormatException("$", "duplicate key" + where + ": " + Messages.escape(msg)
          + "; each field and feature id may appear once");
    }
    return new ReportFormatException("$", "malformed JSON" + where + ": " + Messages.escape(JacksonMessages.plain(msg)));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable input";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private static String describeValue(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
      String text = echo(p.getText());
      return describe(t) + " (" + (t == JsonToken.VALUE_STRING ? "\"" + text + "\"" : text) + ")";
    }
    return describe(t);
  }
}
