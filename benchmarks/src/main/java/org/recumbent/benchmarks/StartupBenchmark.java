package org.recumbent.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.recumbent.core.ConditionAggregator;

/**
 * Building the aggregator once in a warm JVM: discovering the plugins with ServiceLoader,
 * constructing them, checking their descriptors and merging the vocabulary. The cold-start
 * counterpart, a fresh JVM to the first printed assessment, is {@code benchmarks/coldstart.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class StartupBenchmark {

  /**
   * Discover the plugins and build an aggregator.
   *
   * @return the aggregator, consumed by JMH; never {@code null}
   */
  @Benchmark
  public ConditionAggregator buildAggregator() {
    return ConditionAggregator.builder().discoverPlugins().build();
  }
}
