package org.recumbent.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code recumbent} command-line program.
 *
 * <pre>
 * java -jar examples/target/recumbent.jar assess --format text examples/reports/pad.json
 * </pre>
 *
 * @since 0.1
 */
@Command(name = "recumbent", mixinStandardHelpOptions = true, version = "recumbent 0.1.0",
    description = {
        "Why do my legs ache when I lie down? Turns a symptom report into likely causes, safe relief",
        "advice, warning signs and one level of care. Decision support, not a diagnosis."},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  unexpected failure",
        "  2  bad input or usage (one line on standard error names the problem)",
        "  3  batch or simulate: some lines were not valid reports"})
public final class Recumbent implements Runnable {

  /** Exit code: success. */
  public static final int EXIT_OK = 0;
  /** Exit code: an unexpected failure. */
  public static final int EXIT_FAILURE = 1;
  /** Exit code: bad input or usage. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code: a batch in which some lines were errors. */
  public static final int EXIT_SOME_LINES_FAILED = 3;

  @Spec
  private CommandSpec spec;

  private Recumbent() {}

  /**
   * Run the program and exit with its code.
   *
   * @param args the command line; never {@code null}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.console() != null));
  }

  /**
   * Run the program on the given streams and return its exit code; used by {@link #main} and by
   * tests.
   *
   * @param args the command line; never {@code null}
   * @param in standard input; never {@code null}
   * @param out standard output; never {@code null}
   * @param err standard error; never {@code null}
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    return run(args, in, out, err, false);
  }

  private static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean interactive) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      CommandLine cli = commandLine(new CliContext(in, out, outWriter, errWriter, interactive));
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static CommandLine commandLine(CliContext ctx) {
    CommandLine cli = new CommandLine(new Recumbent())
        .addSubcommand(new AssessCommand(ctx))
        .addSubcommand(new BatchCommand(ctx))
        .addSubcommand(new InterviewCommand(ctx))
        .addSubcommand(new SimulateCommand(ctx))
        .addSubcommand(new ConditionsCommand(ctx))
        .addSubcommand(new VocabularyCommand(ctx));
    cli.setOut(ctx.out());
    cli.setErr(ctx.err());
    cli.setParameterExceptionHandler((ex, args) -> {
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      ctx.err().println(command + ": " + ex.getMessage() + " (see '" + command + " --help')");
      return EXIT_BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      String command = commandLine.getCommandSpec().qualifiedName();
      if (ex instanceof BadInputException) {
        ctx.err().println(command + ": " + ex.getMessage());
        return EXIT_BAD_INPUT;
      }
      ctx.err().println(command + ": unexpected failure: " + ex);
      return EXIT_FAILURE;
    });
    return cli;
  }

  @Override
  public void run() {
    // No command given: a usage problem, so print the one-line message the exit code promises.
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: choose one of assess, batch, interview, simulate, conditions, vocabulary");
  }
}
