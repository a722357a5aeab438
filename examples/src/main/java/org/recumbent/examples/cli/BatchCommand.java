package org.recumbent.examples.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.json.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recumbent batch}: JSON Lines of reports in, JSON Lines of assessments out, one output
 * line for each input line, in the same order.
 *
 * @since 0.1
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
        "Assess JSON Lines: one report per line on standard input, one assessment per line on standard",
        "output, in the same order. A line that is not a valid report gives",
        "{\"error\":{\"line\":N,\"message\":\"...\"}} on its line, and the run goes on.",
        "Exit code 0 when every line was assessed, 3 when some lines were errors."})
final class BatchCommand implements Callable<Integer> {

  private final CliContext ctx;

  @Option(names = "--threads", paramLabel = "N",
      description = "How many reports to assess at once (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  BatchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new BadInputException("--threads must be at least 1, was " + threads);
    }
    ConditionAggregator aggregator = ctx.aggregator();
    WireFormat wire = ctx.wire();
    PrintWriter out = ctx.out();
    int exit = run(ctx.reader(), threads, aggregator, wire, out::println);
    out.flush();
    return exit;
  }

  /**
   * Answer every line of a reader, writing one output line for each input line, in input order.
   *
   * @param in the JSON Lines input; never {@code null}
   * @param threads how many lines are assessed at once, at least 1
   * @param aggregator assesses each valid report; never {@code null}
   * @param wire reads reports and writes assessments; never {@code null}
   * @param sink receives each output line, in input order; never {@code null}
   * @return {@link Recumbent#EXIT_OK} when every line was assessed, else
   *     {@link Recumbent#EXIT_SOME_LINES_FAILED}
   */
  static int run(Reader in, int threads, ConditionAggregator aggregator, WireFormat wire, Consumer<String> sink) {
    long errors = JsonLines.process(in, threads, line -> answer(line, aggregator, wire), sink);
    return errors == 0 ? Recumbent.EXIT_OK : Recumbent.EXIT_SOME_LINES_FAILED;
  }

  /**
   * Turn one input line into its output line: the assessment, or the error object naming the line.
   *
   * @param line the input line; never {@code null}
   * @param aggregator assesses a valid report; never {@code null}
   * @param wire reads the report and writes the assessment; never {@code null}
   * @return the output line; never {@code null}
   */
  static JsonLines.Result answer(JsonLines.Line line, ConditionAggregator aggregator, WireFormat wire) {
    String problem = JsonLines.precheck(line);
    if (problem != null) {
      return JsonLines.Result.error(line.number(), problem);
    }
    SymptomReport report;
    try {
      report = wire.readReport(line.text());
    } catch (IllegalArgumentException e) {
      return JsonLines.Result.error(line.number(), e.getMessage());
    }
    return new JsonLines.Result(wire.writeAssessment(aggregator.assess(report)), false);
  }
}
