#!/usr/bin/env bash
# Times `aigov provenance` against the git log that reads the same facts (identities, trailers, line counts)
# on a generated repository, and prints commits/s for both and the ratio.
#
#   bench/provenance.sh [REPO]       (default target/bench/repo-$COMMITS, generated when missing)
#   COMMITS=10000 RUNS=5 bench/provenance.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
commits=${COMMITS:-10000}
runs=${RUNS:-5}
repo=${1:-$root/target/bench/repo-$commits}
jar=$root/cli/target/aigov.jar
work=$root/target/bench/run
limit=3

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl engine,cli -am package)
fi
if [ ! -d "$repo" ]; then
  "$root/bench/make-repo.sh" "$repo" "$commits"
fi
mkdir -p "$work"
count=$(git -C "$repo" rev-list --count HEAD)

git_cmd="git -C '$repo' log --format='%H%x00%an%x00%ae%x00%(trailers)' --numstat > /dev/null"
aigov_cmd="java -jar '$jar' provenance --repo '$repo' --max-commits 20000 --out '$work/report' > /dev/null"

echo "repository: $repo ($count commits)"
echo "java: $(java -version 2>&1 | head -1); git: $(git --version); cpus: $(nproc)"

if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 1 --runs "$runs" --export-csv "$work/times.csv" \
    -n git-log "$git_cmd" -n aigov "$aigov_cmd"
  git_mean=$(awk -F, '$1 == "git-log" { print $2 }' "$work/times.csv")
  aigov_mean=$(awk -F, '$1 == "aigov" { print $2 }' "$work/times.csv")
else
  mean() {
    local total=0 elapsed
    for _ in $(seq "$runs"); do
      if [ -x /usr/bin/time ]; then
        elapsed=$( { /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null; } | awk -F': ' '/Elapsed/ { print $2 }' \
          | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
      else
        local start=$(date +%s%N)
        bash -c "$1"
        elapsed=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { print ns / 1e9 }')
      fi
      total=$(awk -v a="$total" -v b="$elapsed" 'BEGIN { print a + b }')
    done
    awk -v t="$total" -v n="$runs" 'BEGIN { print t / n }'
  }
  bash -c "$git_cmd"
  git_mean=$(mean "$git_cmd")
  aigov_mean=$(mean "$aigov_cmd")
fi

awk -v n="$count" -v g="$git_mean" -v a="$aigov_mean" -v limit="$limit" 'BEGIN {
  printf "git log:  %8.2f s  %10.0f commits/s\n", g, n / g
  printf "aigov:    %8.2f s  %10.0f commits/s\n", a, n / a
  printf "ratio:    %8.2f x  (aigov time / git log time; target: within %dx) %s\n", a / g, limit,
         (a / g <= limit ? "OK" : "OVER")
}'
