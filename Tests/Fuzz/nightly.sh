#!/usr/bin/env bash
# Nightly-style fuzzing: every target (or those named) for SECONDS each, one after another,
# through Tests/Fuzz/run.sh, then a table of executions and executions per second.
#   Tests/Fuzz/nightly.sh SECONDS [TARGET ...]      e.g. Tests/Fuzz/nightly.sh 600
# A crash in one target does not stop the others; the script exits 1 if any target crashed
# (its input stays in .build/fuzz/artifacts/TARGET/). The corpus in .build/fuzz/corpus/ grows
# from night to night; keep it between runs (cache it in CI) for the fuzzer to go deeper.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: Tests/Fuzz/nightly.sh SECONDS [TARGET ...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json loader reports arguments extraction numbers)
failed=()
summary=()
for target in "${targets[@]}"; do
    if ! Tests/Fuzz/run.sh "$target" "$seconds"; then failed+=("$target"); fi
    log=".build/fuzz/$target.log"
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" 2>/dev/null | grep -o '[0-9]*$' || echo 0)
    elapsed=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" 2>/dev/null | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "$seconds")
    [ -n "$elapsed" ] && [ "$elapsed" -gt 0 ] || elapsed=$seconds
    summary+=("$(printf '%-11s %12s %8s %10s' "$target" "$runs" "${elapsed}s" "$((runs / elapsed))")")
done
printf '\n%-11s %12s %8s %10s\n' target executions time "per second"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "crashed: ${failed[*]} (inputs in .build/fuzz/artifacts/)" >&2
    exit 1
fi
