package org.recumbent.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import picocli.CommandLine.Command;

/**
 * {@code recumbent vocabulary}: every feature a report may mention, with its question.
 *
 * @since 0.1
 */
@Command(name = "vocabulary", mixinStandardHelpOptions = true,
    description = "List every feature a report may mention (the standard vocabulary and the plugins' own), with its question.")
final class VocabularyCommand implements Callable<Integer> {

  private final CliContext ctx;

  VocabularyCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = ctx.out();
    java.util.List<Feature> features = ctx.aggregator().vocabulary().features();
    out.println(features.size() + " features.");
    for (FeatureCategory category : FeatureCategory.values()) {
      boolean first = true;
      for (Feature f : features) {
        if (f.category() != category) {
          continue;
        }
        if (first) {
          out.println();
          out.println(category.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ":");
          first = false;
        }
        out.println("  " + f.id());
        out.println("      " + f.question());
      }
    }
    out.flush();
    return Recumbent.EXIT_OK;
  }
}
