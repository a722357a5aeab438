package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the packaged jar as a user would: {@code java -jar examples/target/recumbent.jar ...}. */
@DisplayName("java -jar recumbent.jar")
class RecumbentJarIT {

  private static final Path JAR = Path.of(System.getProperty("recumbent.jar", "target/recumbent.jar"));
  private static final Path DIR = Path.of(System.getProperty("recumbent.examples.dir", "."));
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @BeforeAll
  static void jarExists() {
    assertTrue(Files.isRegularFile(JAR), "run 'mvn package' first: no " + JAR);
  }

  private record Run(int exit, String out, String err) {
    List<String> outLines() {
      return Cli.lines(out);
    }

    List<String> errLines() {
      return Cli.lines(err);
    }
  }

  private static Run java(String stdin, String... args) {
    return java(List.of(), stdin, args);
  }

  private static Run java(List<String> jvmOptions, String stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(DIR.toFile()).start();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException closedEarly) {
        // The program may exit before reading all of its input (for example on a usage error).
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
      return new Run(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String drain(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("is one self-contained jar: core, the three condition modules and the statin plugin, services merged, no module-info")
  void selfContained() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertEquals("org.recumbent.examples.cli.Recumbent", jar.getManifest().getMainAttributes().getValue("Main-Class"));
      assertTrue(jar.getEntry("module-info.class") == null);
      assertTrue(jar.getEntry("picocli/CommandLine.class") != null);
      String services = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.recumbent.spi.ConditionPlugin"))
          .readAllBytes(), StandardCharsets.UTF_8);
      for (String plugin : List.of("org.example.statin.StatinConditionPlugin", "vascular", "neuro", "musculoskeletal")) {
        assertTrue(services.contains(plugin), services);
      }
    }
    Run r = java("", "conditions");
    assertEquals(0, r.exit(), r.err());
    for (String id : List.of("vascular", "neuro", "musculoskeletal", "statin")) {
      assertTrue(r.out().contains("Plugin " + id + ": "), r.out());
    }
  }

  @Test
  @DisplayName("assess --format text on the README's sample shows the level of care first and the disclaimer last")
  void readmeCommand() {
    Run r = java("", "assess", "--format", "text", "reports/pad.json");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.outLines();
    assertEquals("See a doctor within 24 hours.", lines.get(0));
    assertTrue(r.out().contains("Poor blood flow in the leg arteries"), r.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("Recumbent offers information"));
    assertEquals("", r.err());
  }

  @Test
  @DisplayName("assess starts without the other commands, java.time, java.sql or Jackson databind")
  void assessLoadsOnlyWhatItNeeds() throws IOException {
    Path log = Files.createTempFile("recumbent-classes", ".txt");
    try {
      Run r = java(List.of("-Xlog:class+load=info:file=" + log), "", "assess", "reports/pad.json");
      assertEquals(0, r.exit(), r.err());
      List<String> loaded = Files.readAllLines(log);
      assertTrue(loaded.stream().anyMatch(l -> l.contains(" org.recumbent.examples.cli.AssessCommand ")));
      for (String unwanted : List.of(" java.time.", " java.sql.", " com.fasterxml.jackson.databind.",
          " org.recumbent.examples.cli.BatchCommand ", " org.recumbent.examples.cli.InterviewCommand ",
          " org.recumbent.examples.cli.SimulateCommand ", " org.recumbent.examples.cli.ConditionsCommand ",
          " org.recumbent.examples.cli.VocabularyCommand ")) {
        assertTrue(loaded.stream().noneMatch(l -> l.contains(unwanted)), "loaded" + unwanted);
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @Test
  @DisplayName("assess prints one line of JSON for a file and for standard input")
  void assessJson() {
    Run file = java("", "assess", "reports/rls.json");
    assertEquals(0, file.exit(), file.err());
    assertEquals(1, file.outLines().size());
    assertTrue(file.out().startsWith("{\"schemaVersion\":1,\"triage\":\""));
    Run stdin = java(Cli.read(DIR.resolve("reports/rls.json")), "assess", "-");
    assertEquals(file.out(), stdin.out());
  }

  @Test
  @DisplayName("assess exits 2 with one line on standard error and no stack trace for an invalid report")
  void assessInvalid() {
    Run r = java("", "assess", "reports/invalid.json");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("quality.burnin"));
    assertFalse(r.err().contains("Exception"));
    assertEquals("", r.out());
  }

  @Test
  @DisplayName("batch keeps line count and order past invalid lines, and exits 3")
  void batch() {
    List<String> stories = Cli.lines(Cli.read(DIR.resolve("reports/stories.jsonl")));
    String input = stories.get(0) + "\n\n{\"schemaVersion\":1}x\n" + stories.get(1) + "\n";
    Run r = java(input, "batch");
    assertEquals(3, r.exit(), r.err());
    List<String> out = r.outLines();
    assertEquals(4, out.size());
    assertTrue(out.get(0).startsWith("{\"schemaVersion\":1,"));
    assertTrue(out.get(1).startsWith("{\"error\":{\"line\":2,"));
    assertTrue(out.get(2).startsWith("{\"error\":{\"line\":3,"));
    assertTrue(out.get(3).startsWith("{\"schemaVersion\":1,"));
    Run all = java(String.join("\n", stories) + "\n", "batch");
    assertEquals(0, all.exit());
    assertEquals(stories.size(), all.outLines().size());
  }

  @Test
  @DisplayName("exits 1 with one line when standard output is a full disk or closed, not 0 with the output lost")
  void outputCannotBeWritten() throws IOException, InterruptedException {
    Path full = Path.of("/dev/full");
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isWritable(full) && Files.isExecutable(sh), "needs /dev/full and /bin/sh");
    Path stories = DIR.resolve("reports/stories.jsonl");
    for (List<String> args : List.of(List.of("assess", "reports/pad.json"), List.of("batch"), List.of("simulate"))) {
      List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
      command.addAll(args);
      ProcessBuilder toFull = new ProcessBuilder(command).directory(DIR.toFile())
          .redirectInput(stories.toFile()).redirectOutput(full.toFile());
      assertFailsWithOneLine(toFile(toFull), String.join(" ", args.subList(0, 1)), "No space left on device");
      // The shell closes the descriptor (>&-) before starting the program.
      ProcessBuilder closed = new ProcessBuilder(sh.toString(), "-c", "exec \"$@\" >&-", "sh")
          .directory(DIR.toFile()).redirectInput(stories.toFile());
      closed.command().addAll(command);
      assertFailsWithOneLine(toFile(closed), String.join(" ", args.subList(0, 1)), "");
    }
  }

  private static Run toFile(ProcessBuilder pb) throws IOException, InterruptedException {
    Process p = pb.start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + pb.command());
    return new Run(p.exitValue(), "", err.join());
  }

  private static void assertFailsWithOneLine(Run r, String command, String reason) {
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("recumbent " + command + ": cannot write standard output"), r.err());
    assertTrue(r.err().contains(reason), r.err());
  }

  @Test
  @DisplayName("a piped interview ends with a triage")
  void interview() {
    Run r = java("n\nn\n?\nn\nq\n", "interview", "--age", "70");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Questions answered: 4. You chose to stop."), r.out());
    assertTrue(r.out().contains("Recumbent offers information"));
    Run json = java("n\n", "interview", "--json");
    assertEquals(0, json.exit());
    assertTrue(json.out().startsWith("{\"schemaVersion\":1,\"triage\":\""), json.out());
    assertTrue(json.err().contains("1. "));
  }

  @Test
  @DisplayName("simulate prints one line per story")
  void simulate() {
    Run r = java(Cli.read(DIR.resolve("reports/stories.jsonl")), "simulate");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Cli.STORIES.size(), r.outLines().size());
    r.outLines().forEach(line -> assertTrue(line.startsWith("{\"questionsAsked\":"), line));
  }

  @Test
  @DisplayName("vocabulary lists the features with their questions")
  void vocabulary() {
    Run r = java("", "vocabulary");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("  timing.worse_lying_down\n      Does the discomfort start or get worse when you lie down?"));
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"assess", "batch", "interview", "simulate", "conditions", "vocabulary"})
  @DisplayName("--help works on every command")
  void help(String command) {
    Run r = java("", command, "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: recumbent " + command));
  }

  @Test
  @DisplayName("a usage error exits 2 with one line")
  void usage() {
    Run r = java("", "assess", "--format", "yaml");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
  }
}
