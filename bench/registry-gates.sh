#!/usr/bin/env bash
# The gates over a range that adds N npm dependencies (default 1,000), against the loopback static registry:
# cold (empty disk cache) and warm (same cache) wall time of the whole gates command and the HTTP requests the
# registry saw (warm must be 0). Bounded parallelism: CONCURRENCY (default 8) exchanges in flight.
#
#   bench/registry-gates.sh                  PACKAGES=1000 ROUNDS=5 CONCURRENCY=8
#   PACKAGES=5000 ROUNDS=3 bench/registry-gates.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIGOV_BUILD_DIR:-target}
work=$root/target/bench/registry-gates
mkdir -p "$work"
(cd "$root" && mvn -B -q -o -Daigov.buildDir="$build" -DskipTests -f engine/pom.xml test-compile \
  dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null)
cp="$root/engine/$build/classes:$root/engine/$build/test-classes:$(cat "$work/cp.txt")"
echo "java: $(java -version 2>&1 | head -1); cpus: $(nproc)"
java -cp "$cp" io.jenkins.plugins.aigov.engine.gates.GatesBench "${PACKAGES:-1000}" "${ROUNDS:-5}" "${CONCURRENCY:-8}"
