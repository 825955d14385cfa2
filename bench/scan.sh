#!/usr/bin/env bash
# Scans generated source trees (default 50 MB and 200 MB of mixed Java/Python/JavaScript/Go files) with the
# security-patterns/config-risk rules, runs ripgrep with the rules' keyword set over the same tree, and prints
# MB/s, files/s, the ratio to ripgrep, and peak heap per size (streaming keeps it flat).
#
#   bench/scan.sh                 SIZES="50 200" by default
#   SIZES="20 100" bench/scan.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sizes=${SIZES:-50 200}
work=$root/target/bench/scan
build=${AIGOV_BUILD_DIR:-target}
heap=${HEAP:-1g}
mkdir -p "$work"

(cd "$root" && mvn -B -q -Daigov.buildDir="$build" -DskipTests -f engine/pom.xml test-compile \
  dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null)
cp="$root/engine/$build/classes:$root/engine/$build/test-classes:$(cat "$work/cp.txt")"
main=io.jenkins.plugins.aigov.engine.scan.ScanBenchmark

if ! command -v rg >/dev/null; then
  echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2
  exit 1
fi
java -cp "$cp" "$main" keywords "$work/keywords.txt"
echo "java: $(java -version 2>&1 | head -1); rg: $(rg --version | head -1); cpus: $(nproc); keywords: $(wc -l < "$work/keywords.txt")"

for mb in $sizes; do
  tree=$work/tree-$mb
  [ -d "$tree" ] || java -cp "$cp" "$main" generate "$tree" "$mb"
  echo "== $mb MB"
  out=$(java -Xmx"$heap" -cp "$cp" "$main" scan "$tree")
  echo "$out" | grep -v '^aigov seconds'
  aigov=$(echo "$out" | awk '/^aigov seconds/ { print $3 }')
  start=$(date +%s.%N)
  rg -i -F -c -f "$work/keywords.txt" "$tree" > /dev/null || true
  end=$(date +%s.%N)
  rg_s=$(echo "$end - $start" | bc -l)
  printf 'rg -i -F -f keywords.txt: %.2f s; aigov/rg time ratio: %.1fx\n' "$rg_s" "$(echo "$aigov / $rg_s" | bc -l)"
done
