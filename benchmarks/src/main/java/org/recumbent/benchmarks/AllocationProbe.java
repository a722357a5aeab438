package org.recumbent.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;

/**
 * Measures the bytes the current thread allocates per operation, with
 * {@link com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes()}. Bytes allocated do not
 * depend on machine noise, so a budget on them can run in CI.
 */
public final class AllocationProbe {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static volatile int sink;

  private AllocationProbe() {}

  /**
   * Run an operation many times to warm it up (so the JIT compiler has done its work, escape
   * analysis included), then return the mean bytes it allocates per call.
   *
   * @param operation the operation, given the call number; its result is kept alive; never {@code null}
   * @param warmup calls before measuring
   * @param iterations calls measured
   * @return mean bytes allocated per call
   * @throws IllegalStateException if this JVM cannot measure thread allocation
   */
  public static double bytesPerCall(IntFunction<?> operation, int warmup, int iterations) {
    if (!THREADS.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM cannot measure allocated bytes per thread");
    }
    THREADS.setThreadAllocatedMemoryEnabled(true);
    int h = 0;
    for (int i = 0; i < warmup; i++) {
      h += System.identityHashCode(operation.apply(i));
    }
    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < iterations; i++) {
      h += System.identityHashCode(operation.apply(i));
    }
    long after = THREADS.getCurrentThreadAllocatedBytes();
    sink = h;
    return (double) (after - before) / iterations;
  }
}
