package org.recumbent.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recumbent batch}: JSON Lines of reports in, JSON Lines of assessments out, one output
 * line for each input line, in the same order.
 *
 * <p>Next questions are off unless asked for ({@code --next-questions N}): they serve an interview,
 * one person at a time, and choosing them costs several times more than the assessment itself.
 *
 * @since 0.1
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
        // picocli lists each command with the first line of its description: a sentence of its own.
        "Assess JSON Lines of reports, one assessment per line.",
        "Reads one report per line on standard input and writes one assessment per line on standard "
            + "output, in the same order. A line that is not a valid report gives "
            + "{\"error\":{\"line\":N,\"message\":\"...\"}} on its line, and the run goes on. "
            + "Exit code 0 when every line was assessed, 3 when some lines were errors."})
final class BatchCommand implements Callable<Integer> {

  /** How many next questions an assessment suggests unless {@code --next-questions} says otherwise. */
  static final int DEFAULT_NEXT_QUESTIONS = 0;

  private final CliContext ctx;

  @Option(names = "--threads", paramLabel = "N",
      description = "How many reports to assess at once (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--next-questions", paramLabel = "N", defaultValue = "0",
      description = "How many next questions each assessment suggests (default: ${DEFAULT-VALUE}: none, "
          + "they are for interviews). 3 gives what 'assess' gives.")
  private int nextQuestions = DEFAULT_NEXT_QUESTIONS;

  BatchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new BadInputException("--threads must be at least 1, was " + threads);
    }
    if (nextQuestions < 0) {
      throw new BadInputException("--next-questions must be at least 0, was " + nextQuestions);
    }
    ConditionAggregator aggregator = ctx.aggregator(nextQuestions);
    WireFormat wire = ctx.wire();
    ctx.out().flush();
    return run(ctx.in(), threads, aggregator, wire, ctx.rawOut());
  }

  /**
   * Answer every line of a stream, writing one output line for each input line, in input order.
   *
   * @param in the JSON Lines input, UTF-8; never {@code null}
   * @param threads how many lines are assessed at once, at least 1
   * @param aggregator assesses each valid report; never {@code null}
   * @param wire reads reports and writes assessments; never {@code null}
   * @param out receives the output lines, UTF-8, each ending in {@code \n}; flushed, not closed;
   *     never {@code null}
   * @return {@link Recumbent#EXIT_OK} when every line was assessed, else
   *     {@link Recumbent#EXIT_SOME_LINES_FAILED}
   */
  static int run(InputStream in, int threads, ConditionAggregator aggregator, WireFormat wire, OutputStream out) {
    long errors = ChunkedLines.process(in, threads, (line, sink) -> answer(line, aggregator, wire, sink), out);
    return errors == 0 ? Recumbent.EXIT_OK : Recumbent.EXIT_SOME_LINES_FAILED;
  }

  /**
   * Write the output line for one input line: the assessment, or the error object naming the line.
   *
   * <p>The assessment is written by {@link WireFormat#writeAssessment(AggregatedAssessment, OutputStream)},
   * straight to bytes. That form writes a surrogate character as an escape, where batch has always
   * written the UTF-8 of {@link WireFormat#writeAssessment(AggregatedAssessment)}; so in the rare
   * line whose text holds one, the text form is written instead, and every line stays the same
   * bytes as before.
   *
   * @param line the input line; never {@code null}
   * @param aggregator assesses a valid report; never {@code null}
   * @param wire reads the report and writes the assessment; never {@code null}
   * @param out receives the output line, without a line break; never {@code null}
   * @return {@code true} when the output line is an error line
   */
  static boolean answer(JsonLines.Line line, ConditionAggregator aggregator, WireFormat wire,
      ChunkedLines.Utf8Sink out) {
    SymptomReport report = readOrError(line, wire, out);
    if (report == null) {
      return true;
    }
    AggregatedAssessment assessment = aggregator.assess(report);
    int start = out.size();
    wire.writeAssessment(assessment, out);
    if (out.hasSurrogateEscapeSince(start)) {
      out.truncate(start);
      out.encode(wire.writeAssessment(assessment));
    }
    return false;
  }

  /**
   * Read the report on a line, or write the error line naming its problem (for batch and
   * simulate alike).
   *
   * @return the report, or {@code null} when the error line was written
   */
  static @org.jspecify.annotations.Nullable SymptomReport readOrError(JsonLines.Line line, WireFormat wire,
      ChunkedLines.Utf8Sink out) {
    String problem = JsonLines.precheck(line);
    if (problem != null) {
      out.encode(JsonLines.errorJson(line.number(), problem));
      return null;
    }
    try {
      return wire.readReport(line.text());
    } catch (IllegalArgumentException e) {
      out.encode(JsonLines.errorJson(line.number(), e.getMessage()));
      return null;
    }
  }
}
