package org.recumbent.examples.cli;

import java.util.concurrent.Callable;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recumbent simulate}: run the interview on full reports, answering each question from
 * the report, to measure how well the interview does.
 *
 * @since 0.1
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {
        // picocli lists each command with the first line of its description: a sentence of its own.
        "Replay full reports as interviews, to measure how well the interview does.",
        // Broken by hand: picocli would break a long line inside a feature id, after its dot.
        "Reads JSON Lines of full reports on standard input. Each interview starts from",
        "the patient and whichever of timing.worse_lying_down, timing.worse_evening_night",
        "and timing.wakes_from_sleep the report gives, and answers each question from the",
        "report (not mentioned: don't know). Prints one line per report, in order:",
        "{\"questionsAsked\":N,\"stopReason\":\"...\",\"assessment\":{...}}",
        "An invalid line gives {\"error\":{\"line\":N,\"message\":\"...\"}}; exit code 3 if any."})
final class SimulateCommand implements Callable<Integer> {

  private final CliContext ctx;

  @Option(names = "--max-questions", paramLabel = "N", defaultValue = "30",
      description = "Ask at most N questions per interview (default: ${DEFAULT-VALUE}).")
  private int maxQuestions = InterviewLoop.DEFAULT_MAX_QUESTIONS;

  @Option(names = "--threads", paramLabel = "N",
      description = "How many interviews to run at once (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  SimulateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (maxQuestions < 0) {
      throw new BadInputException("--max-questions must be at least 0, was " + maxQuestions);
    }
    if (threads < 1) {
      throw new BadInputException("--threads must be at least 1, was " + threads);
    }
    InterviewLoop loop = new InterviewLoop(ctx.aggregator(), maxQuestions);
    WireFormat wire = ctx.wire();
    ctx.out().flush();
    // Lines are read as batch reads them (bytes split at LF, a byte order mark skipped), a few at a
    // time: an interview is far more work than the hand-off of a line to a worker.
    long errors = ChunkedLines.process(ctx.in(), threads, CHUNK_LINES,
        (line, out) -> answer(line, loop, wire, out), ctx.rawOut());
    return errors == 0 ? Recumbent.EXIT_OK : Recumbent.EXIT_SOME_LINES_FAILED;
  }

  /** How many lines a worker takes at once. */
  static final int CHUNK_LINES = 4;

  /**
   * Write the output line for one input line: the interview's outcome, or the error object naming
   * the line.
   *
   * @return {@code true} when the output line is an error line
   */
  private static boolean answer(JsonLines.Line line, InterviewLoop loop, WireFormat wire, ChunkedLines.Utf8Sink out) {
    SymptomReport full = BatchCommand.readOrError(line, wire, out);
    if (full == null) {
      return true;
    }
    InterviewLoop.Outcome o = loop.run(InterviewLoop.startingPoint(full), InterviewLoop.answeringFrom(full));
    out.encode(JsonLines.simulationJson(o.questionsAsked(), o.stop().name(), wire.writeAssessment(o.assessment())));
    return false;
  }
}
