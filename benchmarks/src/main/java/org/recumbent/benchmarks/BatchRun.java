package org.recumbent.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.json.WireFormat;

/**
 * The in-process equivalent of a batch run: stream a JSON Lines file of reports, and on every
 * thread read a line, parse it, assess it and write the assessment as UTF-8 into the thread's
 * output buffer ({@code WireFormat.writeAssessment(assessment, OutputStream)}). Prints reports per
 * second, the worker threads' CPU time and bytes allocated per report (which a busy machine
 * does not inflate the way it inflates wall time), and the memory used: the heap after each collection (flat when nothing accumulates),
 * the peak heap, and the peak resident set of the process.
 *
 * <p>Usage: {@code BatchRun <reports.jsonl> [threads=2] [nextQuestions=3] [passes=2]}. Every pass
 * but the last warms up; the last is the one reported.
 */
public final class BatchRun {

  private BatchRun() {}

  /**
   * Run the batch.
   *
   * @param args the input path, then optionally the thread count, next questions and passes
   * @throws Exception if the file cannot be read or a worker fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BatchRun <reports.jsonl> [threads=2] [nextQuestions=3] [passes=2]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int questions = args.length > 2 ? Integer.parseInt(args[2]) : ConditionAggregator.DEFAULT_NEXT_QUESTIONS;
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    ConditionAggregator aggregator = Fixtures.aggregator(questions);
    System.out.println(Fixtures.describe(aggregator) + ", threads " + threads + ", nextQuestions " + questions);
    WireFormat wire = WireFormat.of(aggregator.vocabulary());
    for (int pass = 1; pass <= passes; pass++) {
      resetPeaks();
      long start = System.nanoTime();
      AtomicLong reports = new AtomicLong();
      AtomicLong bytesOut = new AtomicLong();
      AtomicLong workerCpu = new AtomicLong();
      AtomicLong workerAllocated = new AtomicLong();
      List<Long> oldAfterGc = new ArrayList<>();
      try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Thread w = new Thread(() -> {
            com.sun.management.ThreadMXBean threadBean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long cpu0 = threadBean.getCurrentThreadCpuTime();
            long alloc0 = threadBean.getCurrentThreadAllocatedBytes();
            // One output buffer per thread, as the command-line batch keeps one per chunk of lines.
            ByteArrayOutputStream sink = new ByteArrayOutputStream(16384);
            long n = 0;
            long out = 0;
            while (true) {
              String line;
              try {
                synchronized (r) {
                  line = r.readLine();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              if (line == null) {
                break;
              }
              sink.reset();
              wire.writeAssessment(aggregator.assess(wire.readReport(line.getBytes(StandardCharsets.UTF_8))), sink);
              out += sink.size();
              if ((++n & 0x3FFF) == 0) {
                synchronized (oldAfterGc) {
                  oldAfterGc.add(oldGenAfterGc());
                }
              }
            }
            reports.addAndGet(n);
            bytesOut.addAndGet(out);
            workerCpu.addAndGet(threadBean.getCurrentThreadCpuTime() - cpu0);
            workerAllocated.addAndGet(threadBean.getCurrentThreadAllocatedBytes() - alloc0);
          }, "batch-" + t);
          w.setUncaughtExceptionHandler((th, e) -> {
            synchronized (failures) {
              failures.add(e);
            }
          });
          workers.add(w);
          w.start();
        }
        for (Thread w : workers) {
          w.join();
        }
        if (!failures.isEmpty()) {
          throw new IllegalStateException("a worker failed", failures.get(0));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("pass %d: %d reports in %.3f s = %.0f reports/s, %d assessment bytes written%n",
          pass, reports.get(), seconds, reports.get() / seconds, bytesOut.get());
      double cpuPerReport = workerCpu.get() / 1e3 / reports.get();
      System.out.printf("pass %d: worker CPU %.2f us per report (at most %.0f reports/s on %d free cores), "
          + "%d bytes allocated per report%n", pass, cpuPerReport, threads * 1e6 / cpuPerReport, threads,
          workerAllocated.get() / reports.get());
      System.out.printf("pass %d: peak heap %.1f MB, old generation after GC (MB, sampled every 16384 reports) %s%n",
          pass, peakHeap() / 1048576.0, megabytes(oldAfterGc));
    }
    System.out.println("peak resident set (VmHWM): " + residentPeak());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }

  private static long oldGenAfterGc() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
        return pool.getCollectionUsage().getUsed();
      }
    }
    return -1;
  }

  private static String megabytes(List<Long> bytes) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < bytes.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format("%.1f", bytes.get(i) / 1048576.0));
    }
    return sb.append(']').toString();
  }

  private static String residentPeak() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "not available on this system";
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return line.substring("VmHWM:".length()).trim();
      }
    }
    return "not available";
  }
}
