package org.recumbent.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.json.WireFormat;

/**
 * What every command shares: the standard streams and the aggregator, built on first use (so
 * {@code --help} does not load the plugins), with the number of next questions the command asks for.
 *
 * @since 0.1
 */
final class CliContext {

  private final InputStream in;
  private final OutputStream rawOut;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private @Nullable ConditionAggregator aggregator;
  private int aggregatorQuestions;
  private @Nullable FutureTask<ConditionAggregator> early;
  private int earlyQuestions;
  private @Nullable WireFormat wire;

  CliContext(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err, boolean interactive) {
    this.in = requireNonNull(in, "in");
    this.rawOut = requireNonNull(rawOut, "rawOut");
    this.out = requireNonNull(out, "out");
    this.err = requireNonNull(err, "err");
    this.interactive = interactive;
  }

  /**
   * Return whether a person types at a terminal; when not (answers are piped), the interview
   * echoes each answer so the transcript reads line by line.
   *
   * @return {@code true} at a terminal
   */
  boolean interactive() {
    return interactive;
  }

  /** Return standard input as raw bytes. @return the stream; never {@code null} */
  InputStream in() {
    return in;
  }

  /** Return standard input as UTF-8 text. @return a new reader; never {@code null} */
  BufferedReader reader() {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Return standard output. @return the writer; never {@code null} */
  PrintWriter out() {
    return out;
  }

  /**
   * Return standard output as raw bytes, for commands that write UTF-8 themselves; flush
   * {@link #out()} before writing to it.
   *
   * @return the stream; never {@code null}
   */
  OutputStream rawOut() {
    return rawOut;
  }

  /** Return standard error. @return the writer; never {@code null} */
  PrintWriter err() {
    return err;
  }

  /**
   * Return the aggregator with every plugin ServiceLoader finds, built once.
   *
   * @return the aggregator; never {@code null}
   */
  synchronized ConditionAggregator aggregator() {
    return aggregator(ConditionAggregator.DEFAULT_NEXT_QUESTIONS);
  }

  /**
   * Return the aggregator with every plugin ServiceLoader finds, suggesting at most
   * {@code nextQuestions} next questions; built once for each count asked for in a row.
   *
   * @param nextQuestions the most next questions an assessment suggests, at least 0
   * @return the aggregator; never {@code null}
   */
  synchronized ConditionAggregator aggregator(int nextQuestions) {
    if (aggregator == null || aggregatorQuestions != nextQuestions) {
      aggregator = early != null && earlyQuestions == nextQuestions ? await(early) : build(nextQuestions);
      early = null;
      aggregatorQuestions = nextQuestions;
      if (aggregator.plugins().isEmpty()) {
        err.println("recumbent: warning: no condition plugins were found; assessments will be empty");
        err.flush();
      }
    }
    return aggregator;
  }

  /**
   * Start building the aggregator on a background thread, so that finding and loading the plugins
   * overlaps with reading the command line; {@link #aggregator(int)} with the same count takes it
   * (and throws what building threw), any other count builds its own. Call it only when the
   * command about to run needs the aggregator.
   *
   * @param nextQuestions the most next questions an assessment suggests, at least 0
   */
  synchronized void startBuilding(int nextQuestions) {
    if (aggregator != null || early != null) {
      return;
    }
    FutureTask<ConditionAggregator> task = new FutureTask<>(() -> build(nextQuestions));
    Thread t = new Thread(task, "recumbent-plugins");
    t.setDaemon(true);
    t.start();
    early = task;
    earlyQuestions = nextQuestions;
  }

  private static ConditionAggregator build(int nextQuestions) {
    return ConditionAggregator.builder().discoverPlugins().nextQuestions(nextQuestions).build();
  }

  private static ConditionAggregator await(FutureTask<ConditionAggregator> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the condition plugins", e);
    }
  }

  /**
   * Return the wire format for the aggregator's vocabulary.
   *
   * @return the wire format; never {@code null}
   */
  synchronized WireFormat wire() {
    if (wire == null) {
      wire = WireFormat.of(aggregator().vocabulary());
    }
    return wire;
  }
}
