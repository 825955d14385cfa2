#!/usr/bin/env bash
# Times `aigov provenance` against the git log that reads the same facts (identities, trailers, line counts)
# on a generated repository: the two in turn, run by run, and the ratio taken pair by pair (so a machine that
# slows down or speeds up during the benchmark affects both sides of a pair alike). Prints commits/s for both,
# the median and range of the ratios, and aigov's peak memory.
#
#   bench/provenance.sh [REPO]       (default target/bench/repo-$COMMITS, generated when missing)
#   COMMITS=10000 RUNS=7 bench/provenance.sh
#   AIGOV=jar bench/provenance.sh    time `java -jar cli/target/aigov.jar` (the JVM's defaults) instead of the
#                                    launcher cli/target/aigov
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
commits=${COMMITS:-10000}
runs=${RUNS:-7}
repo=${1:-$root/target/bench/repo-$commits}
jar=$root/cli/target/aigov.jar
launcher=$root/cli/target/aigov
work=$root/target/bench/run
limit=3

if [ ! -f "$jar" ] || [ ! -x "$launcher" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl engine,cli -am package)
fi
if [ ! -d "$repo" ]; then
  "$root/bench/make-repo.sh" "$repo" "$commits"
fi
mkdir -p "$work"
count=$(git -C "$repo" rev-list --count HEAD)

git_cmd="git -C '$repo' log --format='%H%x00%an%x00%ae%x00%(trailers)' --numstat > /dev/null"
if [ "${AIGOV:-launcher}" = jar ]; then
  aigov="java -jar '$jar'"
else
  aigov="'$launcher'"
fi
aigov_cmd="$aigov provenance --repo '$repo' --max-commits $((count + 1)) --out '$work/report' > /dev/null"

# one run: "<wall seconds> <peak RSS in KiB>" (RSS 0 without GNU time)
run() {
  if /usr/bin/time -f '%e %M' -o "$work/time.txt" true 2> /dev/null; then
    /usr/bin/time -f '%e %M' -o "$work/time.txt" bash -c "$1"
    cat "$work/time.txt"
  else
    local TIMEFORMAT=%R
    { time bash -c "$1"; } 2> "$work/time.txt"
    echo "$(tail -1 "$work/time.txt") 0"
  fi
}

echo "repository: $repo ($count commits)"
echo "aigov: $aigov"
echo "java: $(java -version 2>&1 | head -1); git: $(git --version); cpus: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || uptime)"

run "$git_cmd" > /dev/null   # warm-up: the pack files into the page cache, the JVM's files too
run "$aigov_cmd" > /dev/null
: > "$work/pairs.txt"
for i in $(seq "$runs"); do
  echo "$(run "$git_cmd") $(run "$aigov_cmd")" >> "$work/pairs.txt"   # git_s git_kib aigov_s aigov_kib
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'; }
read -r git_s git_min git_max <<< "$(awk '{ print $1 }' "$work/pairs.txt" | median)"
read -r aigov_s aigov_min aigov_max <<< "$(awk '{ print $3 }' "$work/pairs.txt" | median)"
read -r rss _ rss_max <<< "$(awk '{ print $4 }' "$work/pairs.txt" | median)"
read -r ratio ratio_min ratio_max <<< "$(awk '{ print $3 / $1 }' "$work/pairs.txt" | median)"

awk -v n="$count" -v runs="$runs" -v g="$git_s" -v gmin="$git_min" -v gmax="$git_max" -v a="$aigov_s" \
    -v amin="$aigov_min" -v amax="$aigov_max" -v rss="$rss" -v rssmax="$rss_max" -v r="$ratio" \
    -v rmin="$ratio_min" -v rmax="$ratio_max" -v limit="$limit" 'BEGIN {
  printf "git log:  %6.2f s (%.2f-%.2f)  %7.0f commits/s\n", g, gmin, gmax, n / g
  printf "aigov:    %6.2f s (%.2f-%.2f)  %7.0f commits/s", a, amin, amax, n / a
  if (rss > 0) printf "  peak RSS %.0f MiB (max %.0f)", rss / 1024, rssmax / 1024
  printf "\nratio:    %6.2f x (%.2f-%.2f over %d pairs; aigov time / git log time, pair by pair; target: within %dx) %s\n",
         r, rmin, rmax, runs, limit, (r <= limit ? "OK" : "OVER")
}'
