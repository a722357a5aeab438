#!/usr/bin/env bash
# Batch throughput on generated reports (deterministic seed), with peak memory.
#
#   1. Generate N reports (JSON Lines, 3 to 20 findings each) into a temporary file.
#   2. cli: time `java -jar examples/target/recumbent.jar batch --threads 2` on it, stdin to
#      stdout (a file), with /usr/bin/time for the peak resident set; once on N/10 reports and
#      once on N, so a flat memory profile shows as the same peak for ten times the input.
#      The time includes the JVM start and the I/O, as a user of the command sees it. The
#      marginal rate (the extra reports of the second run over its extra time) is the rate
#      once the JVM has started and compiled most of the hot code.
#   3. in-process: BatchRun on 2 threads, four passes over the reports (the first ones warm up), printing the
#      reports per second, the heap after each collection and the peak heap.
#
# Usage (from anywhere): benchmarks/batch.sh [count=100000]
# Build first: mvn -B -q -pl benchmarks -am package -DskipTests   (and examples, for the cli lines)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
jar=benchmarks/target/benchmarks.jar
cli=examples/target/recumbent.jar
java=${JAVA:-java}
[[ -f $jar ]] || { echo "missing $jar: run mvn -B -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -cp "$jar" org.recumbent.benchmarks.BatchGenerator "$work/reports.jsonl" "$count" 7
head -n $((count / 10)) "$work/reports.jsonl" > "$work/small.jsonl"

run_cli() {
  local input=$1 n=$2
  /usr/bin/time -f '%e %M' -o "$work/time" "$java" -jar "$cli" batch --threads 2 < "$input" > "$work/out.jsonl"
  read -r secs rss < "$work/time"
  local lines
  lines=$(wc -l < "$work/out.jsonl")
  [[ $lines -eq $n ]] || { echo "cli batch wrote $lines lines for $n reports" >&2; exit 1; }
  if grep -q '"error"' "$work/out.jsonl"; then echo "cli batch reported errors" >&2; exit 1; fi
  awk -v n="$n" -v s="$secs" -v r="$rss" \
    'BEGIN { printf "cli      %d reports in %.2f s = %.0f reports/s (JVM start and I/O included), peak RSS %.0f MB\n", n, s, n / s, r / 1024 }'
  last_secs=$secs
}

if [[ -f $cli ]]; then
  run_cli "$work/small.jsonl" $((count / 10))
  small_secs=$last_secs
  run_cli "$work/reports.jsonl" "$count"
  # The reports the second run has beyond the first, over the time it takes beyond the first:
  # the rate once the JVM has started and compiled the hot code.
  awk -v n="$count" -v a="$small_secs" -v b="$last_secs" \
    'BEGIN { if (b > a) printf "cli      marginal: %.0f reports/s (the %d reports beyond the first %d, in the %.2f s beyond its run)\n", 0.9 * n / (b - a), 0.9 * n, n / 10, b - a }'
else
  echo "cli      not measured: $cli is not built yet"
fi
echo "in-process (BatchRun, default aggregator: 3 next questions)"
"$java" -cp "$jar" org.recumbent.benchmarks.BatchRun "$work/reports.jsonl" 2 3 4
echo "in-process (BatchRun, nextQuestions(0))"
"$java" -cp "$jar" org.recumbent.benchmarks.BatchRun "$work/reports.jsonl" 2 0 4
