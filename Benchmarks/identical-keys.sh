#!/usr/bin/env bash
# Time bound on a pathological group: N claims that all share one comparison key (subject,
# attribute, event, unit), either all agreeing or split between two conflicting values.
# Usage: Benchmarks/identical-keys.sh N agree|conflict [FORMAT]
#   CLAIMCHECK=path/to/claimcheck times another build (default: this checkout's release build).
# Writes the corpus to a temporary folder, runs the release build, prints wall time and the
# summary line. Claims are spread over 100 sources and 1000 speakers so that nothing folds as
# a repeat: the group really holds N claims.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:?N}; mode=${2:?agree|conflict}; format=${3:-text}
binary=${CLAIMCHECK:-.build/release/claimcheck}
[ -n "${CLAIMCHECK:-}" ] || swift build -c release --product claimcheck >/dev/null
folder=$(mktemp -d); trap 'rm -rf "$folder"' EXIT
mkdir -p "$folder/claims/sources"
awk -v speakers=1000 'BEGIN {
  printf "{\"format\": \"claimcheck-entities\", \"version\": 1, \"entities\": "
  printf "[{\"id\": \"bloc\", \"name\": \"The Bloc\", \"kind\": \"group\"}"
  for (s = 0; s < speakers; s++) printf ",\n{\"id\": \"p%d\", \"name\": \"Person %d\", \"kind\": \"person\"}", s, s
  print "]}" }' > "$folder/claims/entities.json"
echo '{"format": "claimcheck-events", "version": 1, '\
'"events": [{"id": "meeting", "name": "Meeting", "start": "2024-03-01"}]}' > "$folder/claims/events.json"
echo '{"format": "claimcheck-attributes", "version": 1, '\
'"attributes": [{"id": "members", "name": "Members", "kind": "count", "units": ["countries"]}]}' \
  > "$folder/claims/attributes.json"
awk -v n="$count" -v mode="$mode" -v dir="$folder/claims/sources" -v speakers=1000 'BEGIN {
  sources = 100; per = int((n + sources - 1) / sources); made = 0
  for (f = 0; f < sources && made < n; f++) {
    file = sprintf("%s/s%03d.json", dir, f)
    printf "{\"format\": \"claimcheck-claims\", \"version\": 1,\n" > file
    printf "\"source\": {\"id\": \"s%d\", \"outlet\": \"Outlet %d\", " \
      "\"published\": \"2024-03-02\", \"file\": \"a%d.txt\"},\n", f, f, f > file
    printf "\"claims\": [\n" > file
    for (i = 0; i < per && made < n; i++) {
      value = (mode == "conflict" && f % 2 == 1) ? 26 : 20
      printf "%s{\"id\": \"c%d\", \"subject\": \"bloc\", \"attribute\": \"members\", \"value\": %d, ", \
        (i ? "," : ""), i, value > file
      printf "\"speaker\": \"p%d\", \"attribution\": \"reported-speech\", \"event\": \"meeting\", " \
        "\"evidence\": {\"line\": %d}}\n", i % speakers, i + 1 > file
      made++
    }
    print "]}" > file; close(file)
  }
}'
start=$(date +%s.%N)
status=0
"$binary" check "$folder/claims" --format "$format" --output "$folder/report.$format" 2>"$folder/err" || status=$?
end=$(date +%s.%N)
printf '%s claims, %s: exit %s in %.2f s; report %s bytes\n' "$count" "$mode" "$status" "$(echo "$end - $start" | bc)" \
  "$(wc -c < "$folder/report.$format" 2>/dev/null || echo 0)"
tail -1 "$folder/err"
