package org.recumbent.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recumbent.core.ConditionAggregator;
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
    description = "Why do my legs ache when I lie down? Turns a symptom report into likely causes, safe relief "
        + "advice, warning signs and one level of care. Decision support, not a diagnosis.",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  failure: standard output cannot be written, or an unexpected error",
        "  2  bad input or usage (one line on standard error names the problem)",
        "  3  batch or simulate: some lines were not valid reports"})
public final class Recumbent implements Runnable {

  /** Exit code: success. */
  public static final int EXIT_OK = 0;
  /** Exit code: standard output cannot be written, or an unexpected failure. */
  public static final int EXIT_FAILURE = 1;
  /** Exit code: bad input or usage. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code: a batch in which some lines were errors. */
  public static final int EXIT_SOME_LINES_FAILED = 3;

  /** picocli's system property: regular expressions of type names it registers no converter for. */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  @Spec
  private CommandSpec spec;

  private Recumbent() {}

  /**
   * Run the program and exit with its code.
   *
   * @param args the command line; never {@code null}
   */
  public static void main(String[] args) {
    // picocli registers a converter for every java.time and java.sql type it knows, by reflection,
    // whenever it builds a command line; no option here has such a type, and loading and initialising
    // those two packages (about a hundred classes, the java.sql module among them) is a noticeable
    // part of a short run's start-up. This is picocli's documented switch for leaving them out.
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
    }
    // Standard output as the file descriptor itself rather than System.out, a PrintStream that
    // swallows a failed write: the failure's reason ("No space left on device") then reaches the
    // message. The writers on top of it buffer.
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    System.exit(run(args, System.in, out, System.err, System.console() != null));
  }

  /**
   * Run the program on the given streams and return its exit code; used by {@link #main} and by
   * tests. When standard output cannot be written (a failed write or flush, or a
   * {@link java.io.PrintStream} whose error state is set), the code is {@link #EXIT_FAILURE} and
   * standard error has one line saying so.
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
    WatchedOutput watched = new WatchedOutput(out);
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), false);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      CliContext ctx = new CliContext(in, watched, outWriter, errWriter, interactive);
      if (runsWithPlugins(args)) {
        ctx.startBuilding(args[0].equals("batch") ? BatchCommand.DEFAULT_NEXT_QUESTIONS
            : ConditionAggregator.DEFAULT_NEXT_QUESTIONS);
      }
      CommandLine cli = commandLine(ctx, args, watched);
      int exit = cli.execute(args);
      // checkError flushes first; a failed write sets the writer's error state, and the stream
      // below remembers why.
      if (outWriter.checkError() || watched.failure() != null) {
        IOException why = watched.failure();
        errWriter.println(commandName(args) + ": cannot write standard output"
            + (why == null || why.getMessage() == null ? "" : ": " + why.getMessage()));
        return EXIT_FAILURE;
      }
      return exit;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Return the program's name with the command's, as picocli's messages begin. */
  private static String commandName(String[] argv) {
    return argv.length > 0 && COMMANDS.contains(argv[0]) ? "recumbent " + argv[0] : "recumbent";
  }

  /** The subcommands, in the order the usage lists them. */
  static final List<String> COMMANDS = List.of("assess", "batch", "interview", "simulate", "conditions", "vocabulary");

  /**
   * Build the command line for one run. picocli reads each subcommand's annotations when it is
   * added, and that is a large share of a short run's start-up; so when the first argument names a
   * subcommand, only that one is added (it parses, validates and prints its help the same way on
   * its own). Anything else (no argument, an option such as {@code --help}, an unknown or misspelt
   * command) gets every subcommand, so the usage, the version and the suggestions are complete.
   */
  private static CommandLine commandLine(CliContext ctx, String[] argv, WatchedOutput out) {
    CommandLine cli = new CommandLine(new Recumbent());
    String first = argv.length > 0 ? argv[0] : "";
    if (COMMANDS.contains(first)) {
      cli.addSubcommand(subcommand(first, ctx));
    } else {
      for (String name : COMMANDS) {
        cli.addSubcommand(subcommand(name, ctx));
      }
    }
    cli.setOut(ctx.out());
    cli.setErr(ctx.err());
    cli.setParameterExceptionHandler((ex, args) -> {
      String command = ex.getCommandLine().getCommandSpec().qualifiedName();
      ctx.err().println(command + ": " + ex.getMessage() + " (see '" + command + " --help')");
      return EXIT_BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      String command = commandLine.getCommandSpec().qualifiedName();
      if (out.failure() != null) {
        // Standard output failed (batch and simulate stop at once): run() says so, in one line.
        return EXIT_FAILURE;
      }
      if (ex instanceof BadInputException) {
        ctx.err().println(command + ": " + ex.getMessage());
        return EXIT_BAD_INPUT;
      }
      ctx.err().println(command + ": unexpected failure: " + ex);
      return EXIT_FAILURE;
    });
    return cli;
  }

  /**
   * Return whether the command line names a command that will need the plugins: every command does,
   * unless it is only asked for its help or version.
   */
  private static boolean runsWithPlugins(String[] argv) {
    if (argv.length == 0 || !COMMANDS.contains(argv[0])) {
      return false;
    }
    for (String a : argv) {
      if (a.equals("--help") || a.equals("--version") || a.startsWith("-h") || a.startsWith("-V")) {
        return false;
      }
    }
    return true;
  }

  private static Object subcommand(String name, CliContext ctx) {
    return switch (name) {
      case "assess" -> new AssessCommand(ctx);
      case "batch" -> new BatchCommand(ctx);
      case "interview" -> new InterviewCommand(ctx);
      case "simulate" -> new SimulateCommand(ctx);
      case "conditions" -> new ConditionsCommand(ctx);
      case "vocabulary" -> new VocabularyCommand(ctx);
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  @Override
  public void run() {
    // No command given: a usage problem, so print the one-line message the exit code promises.
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: choose one of assess, batch, interview, simulate, conditions, vocabulary");
  }
}
