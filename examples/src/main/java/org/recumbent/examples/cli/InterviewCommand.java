package org.recumbent.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Question;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recumbent interview}: ask a person questions one at a time and show the assessment.
 *
 * @since 0.1
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
    description = {
        // picocli lists each command with the first line of its description: a sentence of its own.
        "Ask questions one at a time and show the assessment.",
        "Warning signs come first, then what matters most. Answer y (yes), n (no), ? (don't know) or "
            + "q (stop). Answers may be piped on standard input; running out of answers ends the "
            + "interview with what is known so far."})
final class InterviewCommand implements Callable<Integer> {

  private final CliContext ctx;

  @Option(names = "--json",
      description = "Print the final assessment as JSON on standard output; the questions go to standard error.")
  private boolean json;

  @Option(names = "--max-questions", paramLabel = "N", defaultValue = "30",
      description = "Ask at most N questions (default: ${DEFAULT-VALUE}).")
  private int maxQuestions = InterviewLoop.DEFAULT_MAX_QUESTIONS;

  @Option(names = "--age", paramLabel = "YEARS", description = "The person's age in whole years.")
  private @Nullable Integer age;

  @Option(names = "--sex", paramLabel = "SEX", description = "female, male, other or unknown.")
  private @Nullable String sex;

  InterviewCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (maxQuestions < 0) {
      throw new BadInputException("--max-questions must be at least 0, was " + maxQuestions);
    }
    SymptomReport start = startingReport();
    PrintWriter talk = json ? ctx.err() : ctx.out();
    BufferedReader answers = ctx.reader();
    talk.println("Answer each question with y (yes), n (no), ? (don't know), or q to stop.");
    talk.flush();

    InterviewLoop.Outcome outcome = new InterviewLoop(ctx.aggregator(), maxQuestions)
        .run(start, new InterviewLoop.Respondent() {
          @Override
          public Optional<InterviewLoop.Reply> answer(Question question, String number) {
            return ask(talk, answers, question.question(), number, !ctx.interactive());
          }

          @Override
          public void introduce(Question checklist, int number) {
            talk.println(number + ". " + checklist.question());
          }
        });

    talk.println();
    talk.println("Questions answered: " + outcome.questionsAsked() + ". " + outcome.stop().words());
    talk.flush();
    if (json) {
      ctx.out().println(ctx.wire().writeAssessment(outcome.assessment()));
    } else {
      ctx.out().println();
      ctx.out().print(new TextReport(ctx.aggregator()).render(outcome.assessment(), outcome.report()));
    }
    ctx.out().flush();
    return Recumbent.EXIT_OK;
  }

  private SymptomReport startingReport() {
    SymptomReport.Builder b = SymptomReport.builder();
    if (age != null) {
      try {
        b.age(age);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--age: " + e.getMessage());
      }
    }
    if (sex != null) {
      b.sex(Sex.fromWireName(sex).orElseThrow(() ->
          new BadInputException("--sex: '" + sex + "' is not one of " + Sex.ALLOWED)));
    }
    return b.build();
  }

  private static Optional<InterviewLoop.Reply> ask(PrintWriter talk, BufferedReader answers, String question,
      String number, boolean echo) {
    talk.print((number.indexOf('.') >= 0 ? "   " : "") + number + ". " + question + " [y/n/?/q] ");
    talk.flush();
    while (true) {
      String line;
      try {
        line = answers.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the answers", e);
      }
      if (line == null) {
        talk.println();
        return Optional.empty();
      }
      if (echo) {
        talk.println(line.strip());
      }
      Optional<InterviewLoop.Reply> answer = InterviewLoop.Reply.parse(line);
      if (answer.isPresent()) {
        return answer;
      }
      talk.print("Please answer y, n, ? or q. [y/n/?/q] ");
      talk.flush();
    }
  }
}
