#!/usr/bin/env bash
# Start-up of the installed app-image (jlink'd runtime + AppCDS + JVM options) against the plain jar on
# the machine's JDK, measured in the same run, alternating, median of N runs each.
# Usage: installer/measure-start.sh [N]   (after mvn -B -Pinstaller package)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-15}"
IMG=target/installer/PledgeBench/bin/PledgeBench
JAR=target/pledgebench.jar
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median_ms() {  # command… → median wall time in ms over N runs
  local times=()
  for _ in $(seq "$N"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
for cmd in "--version" "calc irb --pd 0.01 --lgd 0.45 --maturity 2.5"; do
  # shellcheck disable=SC2086
  jar=$(median_ms java -jar "$JAR" $cmd)
  # shellcheck disable=SC2086
  img=$(median_ms "$IMG" $cmd)
  echo "$cmd: plain jar ${jar} ms, app-image ${img} ms (median of $N)"
done
if [ -d sample-portfolios/cn-tech-sme ]; then
  A="assess sample-portfolios/cn-tech-sme --loan 3000000 --term-months 36 --as-of 2025-06-30 --paths 2000"
  # shellcheck disable=SC2086
  jar=$(median_ms java -jar "$JAR" $A --db "$TMP/a")
  # shellcheck disable=SC2086
  img=$(median_ms "$IMG" $A --db "$TMP/b")
  echo "assess cn-tech-sme: plain jar ${jar} ms, app-image ${img} ms (median of $N)"
fi
