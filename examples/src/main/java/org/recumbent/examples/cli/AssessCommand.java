package org.recumbent.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.SymptomReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recumbent assess [FILE|-]}: assess one report and print the assessment.
 *
 * @since 0.1
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess one symptom report (wire format v1) from a file or standard input.")
final class AssessCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { json, text }

  private final CliContext ctx;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
      description = "The report, or - (the default) for standard input.")
  private String file = "-";

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
      description = "json (the default): the assessment in wire format v1; text: a short summary for a person.")
  private Format format = Format.json;

  AssessCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    SymptomReport report = read();
    AggregatedAssessment assessment = ctx.aggregator().assess(report);
    if (format == Format.text) {
      ctx.out().print(new TextReport(ctx.aggregator()).render(assessment, report));
    } else {
      ctx.out().println(ctx.wire().writeAssessment(assessment));
    }
    ctx.out().flush();
    return Recumbent.EXIT_OK;
  }

  private SymptomReport read() {
    if (file.equals("-")) {
      return parse(ctx.in(), "standard input");
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new BadInputException("'" + file + "' is a directory, not a report file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in, "'" + file + "'");
    } catch (NoSuchFileException e) {
      throw new BadInputException("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new BadInputException("cannot read '" + file + "': " + e.getMessage());
    }
  }

  private SymptomReport parse(InputStream in, String where) {
    try {
      return ctx.wire().readReport(in);
    } catch (IllegalArgumentException e) {
      // ReportFormatException names the JSON path and the allowed values.
      throw new BadInputException(where + " is not a valid report: " + oneLine(e.getMessage()));
    }
  }

  static String oneLine(String message) {
    return message == null ? "invalid input" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
