package org.recumbent.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.FindingState;
import org.recumbent.core.Question;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.testing.FakePlugins;

class WireFormatTests {

  private final WireFormat json = WireFormat.of(Vocabulary.standard());

  private static final String DESIGN_EXAMPLE = """
      {
        "schemaVersion": 1,
        "patient": { "age": 67, "sex": "male" },
        "findings": {
          "timing.worse_lying_down": "present",
          "relief.dangling_legs": "present",
          "quality.burning": "present",
          "location.feet_toes": "present",
          "history.smoking": "present",
          "relief.walking_moving": "absent"
        }
      }
      """;

  @Test
  @DisplayName("reads the example report of DESIGN.md")
  void readsDesignExample() {
    SymptomReport r = json.readReport(DESIGN_EXAMPLE);
    assertEquals(OptionalInt.of(67), r.patient().age());
    assertEquals(Sex.MALE, r.patient().sex());
    assertEquals(6, r.findings().size());
    assertEquals(FindingState.ABSENT, r.state("relief.walking_moving"));
  }

  @Test
  @DisplayName("patient and its fields are optional, and null means not given")
  void optionalPatient() {
    assertEquals(SymptomReport.empty(), json.readReport("{\"schemaVersion\":1,\"findings\":{}}"));
    assertEquals(SymptomReport.empty(), json.readReport("{\"schemaVersion\":1,\"patient\":null,\"findings\":{}}"));
    assertEquals(SymptomReport.empty(), json.readReport("{\"schemaVersion\":1,\"patient\":{},\"findings\":{}}"));
    assertEquals(SymptomReport.empty(),
        json.readReport("{\"schemaVersion\":1,\"patient\":{\"age\":null,\"sex\":null},\"findings\":{}}"));
    SymptomReport r = json.readReport("{\"findings\":{\"quality.burning\":\"unknown\"},\"patient\":{\"sex\":\"other\"},\"schemaVersion\":1}");
    assertEquals(Sex.OTHER, r.patient().sex());
    assertTrue(r.isAnswered("quality.burning"));
  }

  @Test
  @DisplayName("reads every finding state by its wire name, and nothing else")
  void readsEveryFindingStateByWireName() {
    for (FindingState state : FindingState.values()) {
      SymptomReport r = json.readReport("{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\""
          + state.wireName() + "\"}}");
      assertEquals(state, r.state("quality.burning"));
      String upper = state.wireName().toUpperCase(java.util.Locale.ROOT);
      ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.readReport(
          "{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"" + upper + "\"}}"));
      assertTrue(e.getMessage().contains("$.findings[\"quality.burning\"]"), e.getMessage());
    }
  }

  @Test
  @DisplayName("a report survives JSON and back unchanged")
  void reportRoundTrip() {
    SymptomReport r = SymptomReport.builder().age(54).sex(Sex.FEMALE).present("quality.burning")
        .absent("quality.heavy").unknown("history.smoking").build();
    assertEquals(r, json.readReport(json.writeReport(r)));
    SymptomReport sexOnly = SymptomReport.builder().sex(Sex.MALE).build();
    assertEquals(sexOnly, json.readReport(json.writeReport(sexOnly)));
    assertEquals(SymptomReport.empty(), json.readReport(json.writeReport(SymptomReport.empty())));
    assertEquals(r, json.readReport(json.writeReport(r).getBytes(StandardCharsets.UTF_8)));
    assertEquals(r, json.readReport(new ByteArrayInputStream(json.writeReport(r).getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  @DisplayName("any report, its fields and findings in any order, reads as the builder makes it")
  void readsAnyReportAsTheBuilderMakesIt() {
    List<String> ids = new java.util.ArrayList<>(Vocabulary.standard().ids());
    FindingState[] states = FindingState.values();
    Sex[] sexes = Sex.values();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int k = 0; k < 2_000; k++) {
      SymptomReport.Builder b = SymptomReport.builder();
      java.util.Collections.shuffle(ids, new java.util.Random(random.nextLong()));
      int n = random.nextInt(ids.size() + 1);
      List<String> parts = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        FindingState state = states[random.nextInt(states.length)];
        b.finding(ids.get(i), state);
        parts.add("\"" + ids.get(i) + "\" : \"" + state.wireName() + "\"");
      }
      String findings = "\"findings\":{" + String.join(random.nextBoolean() ? "," : " ,\n ", parts) + "}";
      List<String> top = new java.util.ArrayList<>(List.of("\"schemaVersion\":1", findings));
      if (random.nextInt(4) > 0) {
        List<String> patient = new java.util.ArrayList<>();
        if (random.nextBoolean()) {
          int age = random.nextInt(121);
          b.age(age);
          patient.add("\"age\":" + age);
        }
        if (random.nextBoolean()) {
          Sex sex = sexes[random.nextInt(sexes.length)];
          b.sex(sex);
          patient.add("\"sex\":\"" + sex.wireName() + "\"");
        }
        java.util.Collections.shuffle(patient, new java.util.Random(random.nextLong()));
        top.add("\"patient\":{" + String.join(",", patient) + "}");
      }
      java.util.Collections.shuffle(top, new java.util.Random(random.nextLong()));
      String text = "{" + String.join(",", top) + "}";
      SymptomReport expected = b.build();
      SymptomReport read = json.readReport(text.getBytes(StandardCharsets.UTF_8));
      assertEquals(expected, read, text);
      assertEquals(expected, json.readReport(text), text);
      assertEquals(expected.hashCode(), read.hashCode(), text);
      assertEquals(List.copyOf(expected.findings().entrySet()), List.copyOf(read.findings().entrySet()), text);
      for (String id : ids) {
        assertEquals(expected.state(id), read.state(id), id);
        assertEquals(expected.isAnswered(id), read.isAnswered(id), id);
      }
    }
  }

  @Test
  @DisplayName("an assessment survives JSON and back unchanged, with a stable field order")
  void assessmentRoundTrip() {
    ConditionAggregator agg = ConditionAggregator.builder().addPlugin(new FakePlugins.Arterial())
        .addPlugin(new FakePlugins.Venous()).addPlugin(FakePlugins.faulty("boom", r -> {
          throw new IllegalStateException("x");
        })).build();
    AggregatedAssessment a = agg.assess(SymptomReport.builder().age(12)
        .present("relief.dangling_legs", "sign.varicose_veins", "redflag.one_leg_swollen_warm_red").build());
    String text = json.writeAssessment(a);
    assertEquals(a, json.readAssessment(text));
    assertEquals(text, json.writeAssessment(json.readAssessment(text)));
    assertEquals(text, new String(json.writeAssessmentBytes(a), StandardCharsets.UTF_8));
    String[] order = {"\"schemaVersion\"", "\"triage\"", "\"outOfScope\"", "\"differential\"", "\"warnings\"",
        "\"advice\"", "\"avoid\"", "\"nextQuestions\"", "\"failedPlugins\"", "\"disclaimer\""};
    int last = -1;
    for (String field : order) {
      int at = text.indexOf(field);
      assertTrue(at > last, field + " out of order in " + text);
      last = at;
    }
  }

  @Test
  @DisplayName("a question's kind is written in lower case, read back, and checked against its features")
  void questionKinds() {
    AggregatedAssessment a = AggregatedAssessment.builder().triage(Triage.CONSULTATION, "See your doctor.")
        .nextQuestions(List.of(
            new Question("quality.burning", "Burning?", List.of("quality.burning"), false),
            new Question("redflag.fever", "Fever or hot joint?", List.of("redflag.fever", "redflag.hot_swollen_joint"), true),
            new Question("quality.heavy", "Which of these?", List.of("quality.heavy", "quality.throbbing"), false,
                Question.Kind.CHECKLIST)))
        .disclaimer("Not a diagnosis.").build();
    String text = json.writeAssessment(a);
    assertTrue(text.contains("\"kind\":\"single\"") && text.contains("\"kind\":\"group\"")
        && text.contains("\"kind\":\"checklist\""), text);
    assertEquals(a, json.readAssessment(text));
    assertEquals(text, new String(json.writeAssessmentBytes(a), StandardCharsets.UTF_8));
    // Without a kind (as written before kinds existed): one feature is single, several a group.
    AggregatedAssessment old = json.readAssessment(text.replace(",\"kind\":\"single\"", "").replace(",\"kind\":\"group\"", ""));
    assertEquals(a.nextQuestions(), old.nextQuestions());
    ReportFormatException bad = assertThrows(ReportFormatException.class,
        () -> json.readAssessment(text.replace("\"kind\":\"checklist\"", "\"kind\":\"list\"")));
    assertEquals("$.nextQuestions[2].kind", bad.path());
    assertTrue(bad.getMessage().contains("single, group, checklist"), bad.getMessage());
    ReportFormatException misfit = assertThrows(ReportFormatException.class,
        () -> json.readAssessment(text.replace("\"kind\":\"checklist\"", "\"kind\":\"single\"")));
    assertEquals("$.nextQuestions[2].kind", misfit.path());
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("bad input is an error naming the path and the allowed values")
  @CsvSource(delimiter = '|', textBlock = """
      not an object              | []                                                                   | $                       | expected a JSON object
      malformed                  | {"schemaVersion":1,                                                  | $                       | malformed JSON
      empty input                | ''                                                                   | $                       | expected a JSON object
      missing version            | {"findings":{}}                                                      | $.schemaVersion         | missing
      unsupported version        | {"schemaVersion":2,"findings":{}}                                    | $.schemaVersion         | allowed: 1
      version as string          | {"schemaVersion":"1","findings":{}}                                  | $.schemaVersion         | allowed: 1
      version as decimal         | {"schemaVersion":1.0,"findings":{}}                                  | $.schemaVersion         | allowed: 1
      unknown top-level field    | {"schemaVersion":1,"findings":{},"extra":true}                       | $.extra                 | allowed fields: schemaVersion, patient, findings
      patient not an object      | {"schemaVersion":1,"patient":67,"findings":{}}                       | $.patient               | expected an object
      unknown patient field      | {"schemaVersion":1,"patient":{"weight":80},"findings":{}}            | $.patient.weight        | allowed fields: age, sex
      age as decimal             | {"schemaVersion":1,"patient":{"age":67.5},"findings":{}}             | $.patient.age           | whole years from 0 to 120
      age as string              | {"schemaVersion":1,"patient":{"age":"67"},"findings":{}}             | $.patient.age           | whole years from 0 to 120
      age too high               | {"schemaVersion":1,"patient":{"age":121},"findings":{}}              | $.patient.age           | from 0 to 120
      age negative               | {"schemaVersion":1,"patient":{"age":-1},"findings":{}}               | $.patient.age           | from 0 to 120
      age huge                   | {"schemaVersion":1,"patient":{"age":99999999999999},"findings":{}}   | $.patient.age           | from 0 to 120
      sex not allowed            | {"schemaVersion":1,"patient":{"sex":"M"},"findings":{}}              | $.patient.sex           | allowed: female, male, other, unknown
      sex wrong case             | {"schemaVersion":1,"patient":{"sex":"Male"},"findings":{}}           | $.patient.sex           | allowed: female, male, other, unknown
      sex not a string           | {"schemaVersion":1,"patient":{"sex":1},"findings":{}}                | $.patient.sex           | allowed: female, male, other, unknown
      missing findings           | {"schemaVersion":1}                                                  | $.findings              | missing
      findings not an object     | {"schemaVersion":1,"findings":["quality.burning"]}                   | $.findings              | expected an object
      unknown feature id         | {"schemaVersion":1,"findings":{"quality.burnin":"present"}}          | $.findings["quality.burnin"] | did you mean "quality.burning"
      value not allowed          | {"schemaVersion":1,"findings":{"quality.burning":"yes"}}             | $.findings["quality.burning"] | allowed: present, absent, unknown
      value not a string         | {"schemaVersion":1,"findings":{"quality.burning":true}}              | $.findings["quality.burning"] | allowed: present, absent, unknown
      duplicate feature          | {"schemaVersion":1,"findings":{"quality.burning":"present","quality.burning":"absent"}} | $.findings["quality.burning"] | duplicate feature id
      duplicate top-level field  | {"schemaVersion":1,"schemaVersion":1,"findings":{}}                  | $.schemaVersion         | duplicate field
      duplicate findings         | {"schemaVersion":1,"findings":{},"findings":{}}                      | $.findings              | duplicate field
      duplicate patient          | {"schemaVersion":1,"patient":null,"patient":{},"findings":{}}        | $.patient               | duplicate field
      duplicate patient field    | {"schemaVersion":1,"patient":{"age":40,"age":41},"findings":{}}      | $.patient.age           | duplicate field
      duplicate sex              | {"schemaVersion":1,"patient":{"sex":"male","sex":null},"findings":{}} | $.patient.sex          | duplicate field
      trailing content           | {"schemaVersion":1,"findings":{}} {}                                 | $                       | unexpected content
      """)
  void badInput(String name, String input, String path, String messagePart) {
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.readReport(input));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertTrue(e.getMessage().indexOf('\n') < 0, "one line: " + e.getMessage());
  }

  @Test
  @DisplayName("the message for an unknown feature id says how to list the ids with the API, not with the command line")
  void unknownIdNamesTheApi() {
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> json.readReport("{\"schemaVersion\":1,\"findings\":{\"quality.burnin\":\"present\"}}"));
    assertTrue(e.getMessage().endsWith("(Vocabulary.ids() lists them)"), e.getMessage());
    assertFalse(e.getMessage().contains("recumbent"), e.getMessage());
  }

  static List<Arguments> malformedInputs() {
    String start = "{\"schemaVersion\":1,\"findings\":{}";
    return List.of(
        Arguments.of(start, "at line 1, column 33: the object that starts at line 1, column 1 is not closed"),
        Arguments.of("{\"schemaVersion\":1,\n \"findings\":{\"quality.burning\":\"present\"",
            "at line 2, column 41: the object that starts at line 2, column 13 is not closed"),
        Arguments.of("{\"schemaVersion\":1,\"findings\":{\"quality.burning\":", "the object is not closed"),
        Arguments.of("{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"pres", "the input ends inside a string"),
        Arguments.of("{\"schemaVersion\":1,\"findings\":{\"quality.bur", "the input ends inside a field name"),
        Arguments.of("{\"schemaVersion\":1,\"findings\":{}]", "at line 1, column 33: ']' cannot close the object that "
            + "starts at line 1, column 1; expected '}'"),
        Arguments.of("{\"schemaVersion\":NaN,\"findings\":{}}",
            "at line 1, column 21: numbers must be finite; 'NaN' is not a JSON number"),
        Arguments.of("{\"schemaVersion\":-Infinity,\"findings\":{}}", "numbers must be finite; '-Infinity' is not a JSON number"),
        Arguments.of("{\"schemaVersion\":+1,\"findings\":{}}", "a number may not start with '+'"),
        Arguments.of("{\"schemaVersion\":1, /* a comment */ \"findings\":{}}",
            "at line 1, column 21: comments are not allowed in JSON"),
        Arguments.of("{\"schemaVersion\":1, // a comment\n\"findings\":{}}", "comments are not allowed in JSON"),
        Arguments.of("{\"schemaVersion\":1,\"findings\":{\"" + "x".repeat(60_000) + "\":\"present\"}}",
            "a field name is longer than 50000 characters"),
        Arguments.of("{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"" + "x".repeat(100_001) + "\"}}",
            "a string is longer than 100000 characters"),
        Arguments.of("{\"schemaVersion\":1" + "0".repeat(200) + ",\"findings\":{}}", "a number is longer than 100 characters"),
        Arguments.of("\u001e" + start + "}",
            "at line 1, column 2: Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) is "
                + "allowed between tokens"),
        Arguments.of("{\"schemaVersion\":nul\u001b[2J}", "Unrecognized token 'nul\\u001b'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformedInputs")
  @DisplayName("malformed JSON is named in plain words with its line and column, without Jackson's settings")
  void malformedInPlainWords(String input, String expected) {
    for (ReportFormatException e : List.of(
        assertThrows(ReportFormatException.class, () -> json.readReport(input)),
        assertThrows(ReportFormatException.class, () -> json.readReport(input.getBytes(StandardCharsets.UTF_8))))) {
      String message = e.getMessage();
      assertTrue(message.startsWith("$: malformed JSON at line "), message);
      assertTrue(message.contains(expected), message);
      for (String jackson : List.of("`", "Feature", "ALLOW_", "REDACTED", "Source", "StreamRead", "enable", "\u001b")) {
        assertFalse(message.contains(jackson), message);
      }
    }
  }

  @Test
  @DisplayName("an assessment that is malformed JSON is named in the same plain words")
  void malformedAssessment() {
    ReportFormatException comment = assertThrows(ReportFormatException.class,
        () -> json.readAssessment("{\"schemaVersion\":1, /* no */ \"triage\":\"SELF_CARE\"}"));
    assertEquals("$: malformed JSON at line 1, column 21: comments are not allowed in JSON", comment.getMessage());
    ReportFormatException deep = assertThrows(ReportFormatException.class,
        () -> json.readAssessment("{\"schemaVersion\":1,\"x\":" + "[".repeat(100) + "]".repeat(100) + "}"));
    assertTrue(deep.getMessage().matches("\\$: malformed JSON at line 1, column \\d+: objects and arrays are nested more "
        + "than 64 deep"), deep.getMessage());
  }

  static List<Arguments> hostileInputs() {
    String esc = "\\u001b[31mred\\u0000";
    String shownEsc = "\\u001b[31mred\\u0000";
    String longText = "a".repeat(30_000);
    String shownLong = "a".repeat(80) + "\u2026";
    return List.of(
        Arguments.of("unknown feature id", "{\"schemaVersion\":1,\"findings\":{\"" + esc + "\":\"present\"}}", shownEsc),
        Arguments.of("finding value", "{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"" + esc + "\"}}",
            shownEsc),
        Arguments.of("sex", "{\"schemaVersion\":1,\"patient\":{\"sex\":\"\\u009b2J\\u202eevil\"},\"findings\":{}}",
            "\\u009b2J\\u202eevil"),
        Arguments.of("patient field", "{\"schemaVersion\":1,\"patient\":{\"" + esc + "\":1},\"findings\":{}}", shownEsc),
        Arguments.of("top-level field", "{\"schemaVersion\":1,\"" + esc + "\":1,\"findings\":{}}", shownEsc),
        Arguments.of("long feature id", "{\"schemaVersion\":1,\"findings\":{\"" + longText + "\":\"present\"}}", shownLong),
        Arguments.of("long finding value", "{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"" + longText + "\"}}",
            shownLong),
        Arguments.of("long value of the wrong type",
            "{\"schemaVersion\":1,\"patient\":{\"age\":\"" + longText + "\"},\"findings\":{}}", shownLong),
        Arguments.of("long sex", "{\"schemaVersion\":1,\"patient\":{\"sex\":\"" + longText + "\"},\"findings\":{}}",
            shownLong),
        Arguments.of("long field", "{\"schemaVersion\":1,\"" + longText + "\":1,\"findings\":{}}", shownLong),
        Arguments.of("long id of control characters",
            "{\"schemaVersion\":1,\"findings\":{\"" + "\\u0007".repeat(5_000) + "\":\"present\"}}",
            "\\u0007".repeat(80) + "\u2026"),
        Arguments.of("letters of any script", "{\"schemaVersion\":1,\"findings\":{\"b\u00f6se.\u8db3\ud83e\uddb5\":\"present\"}}",
            "b\u00f6se.\u8db3\ud83e\uddb5\"]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  @DisplayName("a message shows keys and values from the input with control characters escaped, cut to 80 characters")
  void hostileInputIsShownSafely(String name, String input, String shown) {
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.readReport(input));
    String message = e.getMessage();
    assertTrue(message.contains(shown), message);
    assertTrue(message.length() < 600, message.length() + " characters: " + message);
    message.codePoints().forEach(c -> assertFalse(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT,
        () -> String.format("U+%04X in %s", c, message)));
    assertTrue(message.startsWith(e.path() + ": "), message);
  }

  @Test
  @DisplayName("a feature of an installed plugin is accepted only with that plugin's vocabulary")
  void pluginVocabulary() {
    String report = "{\"schemaVersion\":1,\"findings\":{\"extra.statin\":\"present\"}}";
    assertThrows(ReportFormatException.class, () -> json.readReport(report));
    ConditionAggregator agg = ConditionAggregator.builder().addPlugin(new FakePlugins.WithFeature()).build();
    assertTrue(WireFormat.of(agg.vocabulary()).readReport(report).isPresent("extra.statin"));
  }

  @Test
  @DisplayName("bytes that are not UTF-8 JSON are a format error, not an I/O error")
  void undecodableBytes() {
    // Four bytes that Jackson's encoding detection reads as UTF-32, holding an invalid code point
    // (found by fuzzing).
    byte[] utf32 = {0, 0, 0, 0x7b, 0x7f, 0x7f, 0x7f, 0x7f};
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.readReport(utf32));
    assertEquals("$", e.path());
  }

  @Test
  @DisplayName("deep nesting is refused without a stack overflow")
  void deepNesting() {
    String deep = "{\"schemaVersion\":1,\"findings\":{}, \"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThrows(ReportFormatException.class, () -> json.readReport(deep));
  }
}
