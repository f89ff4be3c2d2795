#!/usr/bin/env bash
# Runs every OutlookRelations test suite, exactly as CI does, and ends with one summary line:
# "N passed, N failed, N skipped" (counted from the TRX results of every test project).
# Extra arguments go to `dotnet test`, e.g. tests/run-all.sh --filter "FullyQualifiedName~Sync".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash "$root/tests/ensure-prerequisites.sh" || exit 1
source "$root/tests/postgres.sh"
start_test_postgres
trap stop_test_postgres EXIT

results="$root/tests/TestResults"
rm -rf "$results"
dotnet test OutlookRelations.sln --logger "trx;LogFilePrefix=results" --results-directory "$results" "$@"
status=$?

# Front-end unit tests (Vitest). The dotnet build above already ran npm ci for the task pane.
taskpane="$root/src/OutlookRelations.TaskPane"
[ -d "$taskpane/node_modules" ] || (cd "$taskpane" && npm ci --no-audit --no-fund)
(cd "$taskpane" && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$results/taskpane-vitest.xml") || status=1

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  # xunit's skipped tests are counted as "not executed": total minus executed.
  skipped=$((skipped + $(count total) - $(count executed)))
done
for junit in "$results"/*.xml; do
  suites=$(grep -o '<testsuites [^>]*>' "$junit" | head -n 1)
  attr() { echo "$suites" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(attr tests); bad=$(($(attr failures) + $(attr errors))); skip=$(attr skipped)
  passed=$((passed + total - bad - skip)); failed=$((failed + bad)); skipped=$((skipped + skip))
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
