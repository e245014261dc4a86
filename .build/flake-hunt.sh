#!/usr/bin/env bash
# Runs each module's tests again and again, with a busy loop occupying one core beside them, to find the tests that
# fail now and then. A test that fails once in twenty runs is a bug: fix it at its cause (an ordering assumption, a
# fixed wait, a port race), never by widening a timeout.
#
#   .build/flake-hunt.sh [-n RUNS] [MODULE ...]
#
#   -n RUNS   runs per module (default 10); every run is made, whatever the ones before it gave
#   MODULE    a module folder, e.g. camel-studio or examples/activity-yaml (default: every module with tests)
#
# It installs the project once without tests, then runs `verify` of one module at a time, offline, so that each run
# tests exactly that module's code. Each run's outcome and duration go to target/flake-hunt/runs.tsv; a failed run's
# surefire reports are kept under target/flake-hunt/<module>/run-<n>/.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
modules=()
while [ $# -gt 0 ]; do
    case "$1" in
        -n) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) modules+=("$1"); shift ;;
    esac
done
if [ ${#modules[@]} -eq 0 ]; then
    modules=(camel-studio-simulator camel-studio camel-studio-zookeeper camel-studio-starter
             examples/activity-yaml examples/activity-spring-boot examples/activity-ha benchmarks)
fi

out=target/flake-hunt
mkdir -p "$out"
tsv="$out/runs.tsv"
printf 'module\trun\toutcome\tseconds\tfailed tests\n' > "$tsv"

echo "flake-hunt: installing the project once, without tests"
./mvnw -B -q install -DskipTests

# One core kept busy for the whole hunt, as a neighbour on a shared CI machine would.
( while :; do :; done ) &
busy=$!
trap 'kill $busy 2>/dev/null || true' EXIT

for module in "${modules[@]}"; do
    for run in $(seq 1 "$runs"); do
        start=$(date +%s)
        if ./mvnw -B -q -o -pl "$module" verify > "$out/last-run.log" 2>&1; then
            outcome=pass
            failed=""
        else
            outcome=FAIL
            keep="$out/$module/run-$run"
            mkdir -p "$keep"
            cp "$out/last-run.log" "$keep/maven.log"
            cp -r "$module"/target/surefire-reports "$keep/" 2>/dev/null || true
            failed=$(grep -lE '(FAILURE|ERROR)!' "$module"/target/surefire-reports/*.txt 2>/dev/null \
                | xargs -r -n1 basename | sed 's/\.txt$//' | tr '\n' ' ')
        fi
        seconds=$(( $(date +%s) - start ))
        printf '%s\t%s\t%s\t%s\t%s\n' "$module" "$run" "$outcome" "$seconds" "$failed" | tee -a "$tsv"
    done
done

echo
echo "flake-hunt: $(grep -c $'\tpass\t' "$tsv") runs passed, $(grep -c $'\tFAIL\t' "$tsv") failed ($tsv)"
awk -F'\t' 'NR > 1 && $3 == "FAIL" { print "  " $1 " run " $2 ": " $5 }' "$tsv"
! grep -q $'\tFAIL\t' "$tsv"
