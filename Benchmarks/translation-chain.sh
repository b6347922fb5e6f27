#!/usr/bin/env bash
# Time bound on a long chain of translations: N claims in 2 sources, each `sameQuoteAs` the one
# before (the last translates the first's translation of ... the original), all agreeing, so
# folding follows the whole chain. Usage: Benchmarks/translation-chain.sh N [cycle]
#   cycle: the first claim names the last, closing the chain (the loader must refuse it, exit 2).
#   CLAIMCHECK=path/to/claimcheck times another build (default: this checkout's release build).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:?N}; mode=${2:-chain}
binary=${CLAIMCHECK:-.build/release/claimcheck}
[ -n "${CLAIMCHECK:-}" ] || swift build -c release --product claimcheck >/dev/null
folder=$(mktemp -d); trap 'rm -rf "$folder"' EXIT
mkdir -p "$folder/claims/sources"
echo '{"format": "claimcheck-entities", "version": 1, '\
'"entities": [{"id": "bloc", "name": "The Bloc", "kind": "group"}, '\
'{"id": "p", "name": "Pat Speaker", "kind": "person"}]}' > "$folder/claims/entities.json"
echo '{"format": "claimcheck-events", "version": 1, '\
'"events": [{"id": "meeting", "name": "Meeting", "start": "2024-03-01"}]}' > "$folder/claims/events.json"
echo '{"format": "claimcheck-attributes", "version": 1, '\
'"attributes": [{"id": "members", "name": "Members", "kind": "count", "units": ["countries"]}]}' \
  > "$folder/claims/attributes.json"
awk -v n="$count" -v mode="$mode" -v dir="$folder/claims/sources" 'BEGIN {
  for (f = 0; f < 2; f++) {
    file = sprintf("%s/s%d.json", dir, f)
    printf "{\"format\": \"claimcheck-claims\", \"version\": 1,\n" > file
    printf "\"source\": {\"id\": \"s%d\", \"outlet\": \"Outlet %d\", " \
      "\"published\": \"2024-03-02\", \"file\": \"a%d.txt\"},\n", f, f, f > file
    printf "\"claims\": [\n" > file
    first = 1
    for (i = f; i < n; i += 2) {
      link = ""
      if (i > 0) link = sprintf(", \"sameQuoteAs\": \"s%d#c%d\"", (i - 1) % 2, i - 1)
      else if (mode == "cycle") link = sprintf(", \"sameQuoteAs\": \"s%d#c%d\"", (n - 1) % 2, n - 1)
      printf "%s{\"id\": \"c%d\", \"subject\": \"bloc\", \"attribute\": \"members\", \"value\": 20, ", \
        (first ? "" : ","), i > file
      printf "\"unit\": \"countries\", \"speaker\": \"p\", \"attribution\": \"direct-quote\", " \
        "\"event\": \"meeting\", \"evidence\": {\"line\": %d}%s}\n", i + 1, link > file
      first = 0
    }
    print "]}" > file; close(file)
  }
}'
start=$(date +%s.%N)
status=0
"$binary" check "$folder/claims" --format json --output "$folder/report.json" 2>"$folder/err" || status=$?
end=$(date +%s.%N)
printf '%s links (%s): exit %s in %.2f s\n' "$count" "$mode" "$status" "$(echo "$end - $start" | bc)"
tail -1 "$folder/err" | cut -c1-200
