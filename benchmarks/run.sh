#!/bin/sh
# Runs the benchmark harness: builds the benchmarks module with model, persistence and app (no install),
# then measures every scenario and writes target/benchmarks/results.json and results.md.
#   ./benchmarks/run.sh           the issue's workload (10,000 drafts); about 15 minutes on 2 cores
#   ./benchmarks/run.sh --smoke   tiny sizes, proves every scenario runs; well under a minute
# Other options (--out DIR, --seed N, --only S5 for one scenario) go to the harness; see docs/benchmarks.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/jdk25.sh"
countersign_select_jdk || exit 2
cd "$root"

echo "run.sh: building the benchmarks module and what it needs…" >&2
if ! ./mvnw -q -B -ntp -pl benchmarks -am -DskipTests verify >"$root/benchmarks/.build.log" 2>&1; then
  echo "run.sh: the build failed; see benchmarks/.build.log" >&2
  exit 2
fi

classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/harness.classpath")"
echo "run.sh: load before the run: $(uptime)" >&2
exec "$JAVA_HOME/bin/java" -cp "$classpath" io.countersign.benchmarks.harness.BenchmarkHarness \
  --out "$root/target/benchmarks" "$@"
