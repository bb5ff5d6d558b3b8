#!/usr/bin/env bash
# Prints a reproducible random sample of the events the pipeline finds in the seed articles, for judging
# by hand (README: "Precision beyond the gold sentences").
# usage: bash bench/event-sample.sh [N] [SEED]   (defaults: 30 events, seed 7; needs python3 and a Debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-30}; seed=${2:-7}
cli=src/Chronicle.Cli/bin/Debug/net10.0/chronicle.dll
[ -f "$cli" ] || dotnet build src/Chronicle.Cli -m:1 -v q >/dev/null
out=$(mktemp)
for f in ../shared/seeds/*.txt; do dotnet "$cli" annotate --json "$f" 2>/dev/null; done > "$out"
python3 - "$out" "$n" "$seed" <<'PY'
import json, random, sys
text = open(sys.argv[1]).read()
decoder, i, docs = json.JSONDecoder(), 0, []
while i < len(text):
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    value, i = decoder.raw_decode(text, i)
    docs.extend(value if isinstance(value, list) else [value])
events = [(d["id"], e) for d in docs for e in d["events"]]
print(f"{len(docs)} articles, {len(events)} events; sample of {sys.argv[2]} with random.seed({sys.argv[3]})")
random.seed(int(sys.argv[3]))
for k in sorted(random.sample(range(len(events)), int(sys.argv[2]))):
    _, e = events[k]
    at = e["trigger"]["start"] - e["start"]
    mode = "/" + e["mode"] if e.get("mode") else ""
    neg = " negated" if e["negated"] else ""
    print(f"[{k}] {e['type']}{mode} {e['modality']}{neg} '{e['trigger']['text']}' {e['sources']} -> {e['targets']}")
    print("     …" + e["text"][max(0, at - 120):at + 100].replace("\n", " ") + "…")
PY
rm -f "$out"
