#!/usr/bin/env bash
# Fuzz one target with libFuzzer for a given time: Tests/Fuzz/run.sh TARGET SECONDS
#   TARGET: json (JSON parser and writer round trip), loader (a claim file through loading,
#           the rules and every reporter), reports (the report, baseline and configuration
#           readers), arguments (argument parser and help), extraction (an article through
#           ArticleLoader and the claim extractor), numbers (the number-phrase parser), or all.
# Leaks are not looked for (-detect_leaks=0, as ASAN_OPTIONS says): libFuzzer's leak check
# re-ran inputs and took a quarter of the loader target's time while finding nothing it reports.
# Builds with `swiftc -sanitize=fuzzer,address` into .build/fuzz/ (rebuilt when a source is
# newer), seeds the corpus from the shipped claims and Tests/Fuzz/seeds/TARGET, and fails (exit 1)
# on a crash, leaving the input in .build/fuzz/artifacts/TARGET/. Every crash found becomes a
# regression test in the Swift test suite (Tests/ClaimModelTests/HostileInputTests.swift,
# Tests/ClaimExtractionTests/FuzzFindingsTests.swift).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v swiftc >/dev/null 2>&1; then export PATH="/opt/swift/usr/bin:$PATH"; fi
target=${1:?usage: Tests/Fuzz/run.sh json|loader|reports|arguments|extraction|numbers|all SECONDS}
seconds=${2:?usage: Tests/Fuzz/run.sh TARGET SECONDS}
if [ "$target" = all ]; then
    for each in json loader reports arguments extraction numbers; do "$0" "$each" "$seconds"; done
    exit 0
fi

build=.build/fuzz
mkdir -p "$build/modules"
# One package name for every module: the store shares `package` declarations with the model.
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name claimcheck)
# The linker warns about every ASan helper it cannot export; those lines are noise.
quiet() { "$@" 2>&1 | { grep -v "Cannot export local symbol" || true; }; return "${PIPESTATUS[0]}"; }
stale() { [ ! -e "$1" ] || [ -n "$(find "${@:2}" -newer "$1" -type f | head -1)" ]; }

# SwiftPM embeds ClaimModel's resources (`.embedInCode`) as a generated `PackageResources`;
# swiftc alone does not, so this build writes the same accessor from the same files.
resources() {
    local out="$build/PackageResources.swift"
    if stale "$out" Sources/ClaimModel/Resources Tests/Fuzz/run.sh; then
        {
            echo "struct PackageResources {"
            for file in Sources/ClaimModel/Resources/*; do
                printf 'static let %s: [UInt8] = [' "$(basename "$file" | tr '.-' '__')"
                od -An -v -tu1 "$file" | tr -s ' \n' ',' | sed 's/^,//; s/,$//'
                echo "]"
            done
            echo "}"
        } > "$out"
    fi
}

# The Swift files of a module, with ClaimModel's generated resources.
sources() {
    find "Sources/$1" -name '*.swift' | sort
    if [ "$1" = ClaimModel ]; then resources; echo "$build/PackageResources.swift"; fi
}

# A library module compiled once with coverage, for targets that import it; rebuilt when it
# or a module it imports (the further arguments) changes.
module() {
    local name=$1; shift
    if stale "$build/modules/$name.o" "Sources/$name" "${@/#/Sources/}" Tests/Fuzz/run.sh; then
        echo "== building module $name"
        quiet swiftc "${flags[@]}" -module-name "$name" -wmo -c -emit-module \
            -emit-module-path "$build/modules/$name.swiftmodule" -I "$build/modules" \
            $(sources "$name") -o "$build/modules/$name.o"
    fi
}

binary="$build/$target"
case "$target" in
json)
    if stale "$binary" Sources/ClaimModel Tests/Fuzz/harnesses/json.swift; then
        echo "== building $target"
        quiet swiftc "${flags[@]}" -module-name ClaimModel Tests/Fuzz/harnesses/json.swift $(sources ClaimModel) -o "$binary"
    fi ;;
arguments)
    # The parser imports ClaimModel (for its name suggestions) and nothing else.
    module ClaimModel
    if stale "$binary" Sources/CommandLineArguments Sources/ClaimModel Tests/Fuzz/harnesses/arguments.swift; then
        echo "== building $target"
        quiet swiftc "${flags[@]}" -module-name ArgumentsFuzz -I "$build/modules" Tests/Fuzz/harnesses/arguments.swift \
            Sources/CommandLineArguments/*.swift "$build/modules/ClaimModel.o" -o "$binary"
    fi ;;
loader|reports)
    module ClaimModel; module ClaimStore ClaimModel
    module ClaimRules ClaimModel; module ClaimReports ClaimModel ClaimRules
    if stale "$binary" Sources/ClaimModel Sources/ClaimStore Sources/ClaimRules Sources/ClaimReports \
        "Tests/Fuzz/harnesses/$target.swift"; then
        echo "== building $target"
        quiet swiftc "${flags[@]}" -module-name "${target}Fuzz" -I "$build/modules" "Tests/Fuzz/harnesses/$target.swift" \
            "$build/modules/ClaimModel.o" "$build/modules/ClaimStore.o" "$build/modules/ClaimRules.o" \
            "$build/modules/ClaimReports.o" -o "$binary"
    fi ;;
extraction|numbers)
    # The extraction harness loads the shipped registries through the store's loader.
    module ClaimModel; module ClaimStore ClaimModel; module ClaimExtraction ClaimModel
    if stale "$binary" Sources/ClaimModel Sources/ClaimStore Sources/ClaimExtraction \
        "Tests/Fuzz/harnesses/$target.swift"; then
        echo "== building $target"
        quiet swiftc "${flags[@]}" -module-name "${target}Fuzz" -I "$build/modules" "Tests/Fuzz/harnesses/$target.swift" \
            "$build/modules/ClaimModel.o" "$build/modules/ClaimStore.o" "$build/modules/ClaimExtraction.o" -o "$binary"
    fi ;;
*) echo "unknown target $target (json, loader, reports, arguments, extraction, numbers, all)" >&2; exit 64 ;;
esac

corpus="$build/corpus/$target"; artifacts="$build/artifacts/$target/"
mkdir -p "$corpus" "$artifacts"
[ -d "Tests/Fuzz/seeds/$target" ] && cp Tests/Fuzz/seeds/"$target"/* "$corpus/" 2>/dev/null || true
if [ "$target" = extraction ]; then
    # The first byte picks the kind of file (0 text, 1 Markdown, 2 HTML); see the harness.
    for article in Tests/ClaimExtractionTests/Fixtures/articles/*; do
        case "$article" in *.md) kind='\001' ;; *.html) kind='\002' ;; *) kind='\000' ;; esac
        { printf "$kind"; cat "$article"; } >"$corpus/$(basename "$article")"
    done
elif [ "$target" = numbers ]; then
    cp Tests/ClaimExtractionTests/Fixtures/articles/* "$corpus/"
elif [ "$target" != arguments ]; then find claims -name '*.json' -exec cp {} "$corpus/" \;; fi
if [ "$target" = reports ] || [ "$target" = json ]; then
    find reports Tests/ClaimReportsTests/Fixtures -name '*.json' 2>/dev/null | while read -r seed; do
        cp "$seed" "$corpus/$(echo "$seed" | tr / _)"
    done
fi

echo "== fuzzing $target for ${seconds}s"
log="$build/$target.log"
status=0
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 FUZZ_CLAIMS=claims FUZZ_REGISTRY=Tests/ClaimExtractionTests/Fixtures/claims "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=4096 -max_len=65536 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts" >"$log" 2>&1 || status=$?
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
echo "$target: $runs executions in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
if [ "$status" -ne 0 ]; then
    grep -E "ERROR|Fatal error|Precondition|deadly signal|Test unit written" "$log" | head -20 >&2
    echo "$target: crash (exit $status); input saved in $artifacts, full log in $log" >&2
    exit 1
fi
