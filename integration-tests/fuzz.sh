#!/usr/bin/env bash
# Fuzz the report parser (WireFormat.readReport(byte[])) for a bounded time.
# Usage: integration-tests/fuzz.sh SECONDS        (run from anywhere; builds what it needs with -am, so it
# works on a clean clone where nothing is installed in ~/.m2)
# A crash is saved by Jazzer under integration-tests/src/test/resources/org/recumbent/it/
# ReportParserFuzzTestsInputs/readReport/ and the script exits non-zero; commit it as a regression input.
set -euo pipefail
seconds="${1:?usage: fuzz.sh SECONDS}"
case "$seconds" in (*[!0-9]*|'') echo "SECONDS must be a whole number" >&2; exit 2;; esac
cd "$(dirname "$0")/.."
JAZZER_FUZZ=1 exec mvn -B -q -pl integration-tests -am test \
  -Dtest=ReportParserFuzzTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="${seconds}s" \
  -Djazzer.instrumentation_includes="org.recumbent.**:com.fasterxml.jackson.core.**"
