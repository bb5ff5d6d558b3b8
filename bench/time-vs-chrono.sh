#!/usr/bin/env bash
# Side by side on the TempEval-3 text (TimeBank + AQUAINT, ../shared/tempeval3): Chronicle's temporal
# stage and chrono-node, each warm, single-threaded, in the same run; then both tools' accuracy with
# `chronicle timeml-score`. Usage: bash bench/time-vs-chrono.sh [SECONDS_PER_TOOL]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tempeval="${CHRONICLE_TEMPEVAL:-$root/../shared/tempeval3}"
seconds="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "building (Release)…" >&2
dotnet build "$root/bench/Chronicle.Bench" -c Release -m:1 -v q -nologo >/dev/null
dotnet build "$root/src/Chronicle.Cli" -c Release -m:1 -v q -nologo >/dev/null
if [ ! -d "$root/bench/chrono/node_modules/chrono-node" ]; then
  (cd "$root/bench/chrono" && npm install --no-audit --no-fund --silent)
fi

ours=$(CHRONICLE_TEMPEVAL="$tempeval" dotnet "$root/bench/Chronicle.Bench/bin/Release/net10.0/Chronicle.Bench.dll" time-throughput "$seconds")
theirs=$(node "$root/bench/chrono/chrono-bench.mjs" "$tempeval" --seconds "$seconds" --out "$out/chrono")

echo
echo "Throughput per CPU-second (one thread, warm; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)):"
printf '%-28s %8s %12s %14s %12s %10s\n' tool "MB/s" "words/s" "expressions/s" expressions "wall MB/s"
while IFS= read -r line; do
  node -e 'const r = JSON.parse(process.argv[1]);
    console.log(r.tool.padEnd(28), r.mbPerSecond.toFixed(2).padStart(8), Math.round(r.wordsPerSecond).toString().padStart(12),
      Math.round(r.expressionsPerSecond).toString().padStart(14), String(r.expressions).padStart(12), r.wallMbPerSecond.toFixed(2).padStart(10));' "$line"
done <<< "$ours
$theirs"

chronicle="$root/src/Chronicle.Cli/bin/Release/net10.0/chronicle"
"$chronicle" timeml "$tempeval" "$out/chronicle" >/dev/null 2>&1
echo
echo "Accuracy, Chronicle (TempEval-3 definitions):"
"$chronicle" timeml-score "$tempeval" "$out/chronicle"
echo
echo "Accuracy, chrono-node:"
"$chronicle" timeml-score "$tempeval" "$out/chrono"
