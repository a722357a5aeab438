package org.recumbent.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.PluginFailure;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.Source;
import picocli.CommandLine.Command;

/**
 * {@code recumbent conditions}: the installed plugins, their conditions, codes and sources.
 *
 * @since 0.1
 */
@Command(name = "conditions", mixinStandardHelpOptions = true,
    description = "List the installed condition plugins: ids, names, codes (and whether each was verified) and sources.")
final class ConditionsCommand implements Callable<Integer> {

  private final CliContext ctx;

  ConditionsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ConditionAggregator aggregator = ctx.aggregator();
    PrintWriter out = ctx.out();
    out.println(aggregator.plugins().size() + " condition plugin(s) installed.");
    for (PluginDescriptor p : aggregator.plugins()) {
      out.println();
      out.println("Plugin " + p.id() + ": " + p.displayName() + " (version " + p.version() + ")");
      for (ConditionDescriptor c : p.conditions()) {
        out.println("  " + c.id() + ": " + c.name());
        out.println("    " + c.summary());
        out.println("    " + code(c.icd10()));
        out.println("    " + c.snomed().map(ConditionsCommand::code).orElse("SNOMED CT: no code given"));
        out.println("    Care when likely: " + c.triageWhenLikely());
        out.println("    Sources:");
        for (Source s : c.sources()) {
          out.println("      - " + source(s));
        }
      }
    }
    for (PluginFailure f : aggregator.loadFailures()) {
      out.println();
      out.println("Could not load " + f.plugin() + ": " + f.message());
    }
    out.flush();
    return Recumbent.EXIT_OK;
  }

  private static String code(Code code) {
    String system = code.system() == Code.System.ICD10_CM ? "ICD-10-CM" : "SNOMED CT";
    return system + " " + code.value() + " (" + code.display() + "), "
        + code.verifiedAgainst().map(v -> "verified against " + v).orElse("not verified");
  }

  private static String source(Source s) {
    String kind = switch (s.kind()) {
      case SEED -> "seed text";
      case GUIDELINE -> "guideline";
      case PAPER -> "paper";
      case EXPERT_ESTIMATE -> "expert estimate";
    };
    return "[" + kind + (s.verified() ? ", verified" : ", not verified") + "] " + s.citation();
  }
}
