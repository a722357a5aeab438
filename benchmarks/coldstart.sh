#!/usr/bin/env bash
# Cold start: a fresh JVM from main to the first assessment printed, timed over several runs;
# prints every run and the median, in milliseconds.
#
# Measures, when they are built:
#   cli     java -jar examples/target/recumbent.jar assess examples/reports/pad.json
#   library java -cp benchmarks/target/benchmarks.jar org.recumbent.benchmarks.ColdStart [report]
#           (discover plugins, read one report, assess, print JSON; no command-line framework)
#
# Usage (from anywhere): benchmarks/coldstart.sh [runs=11]
# Build first: mvn -B -q -pl benchmarks -am package -DskipTests   (and examples, for the cli line)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
jar=benchmarks/target/benchmarks.jar
cli=examples/target/recumbent.jar
report=examples/reports/pad.json
java=${JAVA:-java}

[[ -f $jar ]] || { echo "missing $jar: run mvn -B -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

measure() {
  local label=$1; shift
  local times=() out t0 t1 ms
  "$@" > /dev/null  # one unmeasured run, so the files are in the page cache like later runs
  for ((i = 1; i <= runs; i++)); do
    t0=$(date +%s%N)
    out=$("$@")
    t1=$(date +%s%N)
    grep -q '"triage"' <<< "$out" || { echo "$label: run $i printed no assessment:" >&2; echo "$out" >&2; exit 1; }
    ms=$(( (t1 - t0) / 1000000 ))
    times+=("$ms")
  done
  printf '%-8s runs(ms): %s\n' "$label" "${times[*]}"
  printf '%-8s median: %s ms over %d runs\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$runs"
}

"$java" -version 2>&1 | head -1
if [[ -f $report ]]; then
  measure library "$java" -cp "$jar" org.recumbent.benchmarks.ColdStart "$report"
else
  measure library "$java" -cp "$jar" org.recumbent.benchmarks.ColdStart
fi
if [[ -f $cli && -f $report ]]; then
  measure cli "$java" -jar "$cli" assess "$report"
else
  echo "cli      not measured: $cli or $report is not built yet"
fi
