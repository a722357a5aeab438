package org.recumbent.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
    long errors = JsonLines.process(ctx.reader(), threads, line -> {
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
    }, out::println);
    out.flush();
    return errors == 0 ? Recumbent.EXIT_OK : Recumbent.EXIT_SOME_LINES_FAILED;
  }
}
