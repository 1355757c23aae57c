#!/usr/bin/env bash
# Installer smoke test (called by .ci/run): builds the app-image and runs it the way a fresh machine
# would — no JDK on PATH, an empty home folder — with --version and with an assessment of a sample.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pinstaller package -DskipTests -Dinstaller.deb=no-deb
IMG="$PWD/target/installer/PledgeBench"
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
run() { env -i HOME="$HOME_DIR" PATH=/nonexistent LANG=C.UTF-8 "$IMG/bin/PledgeBench" "$@"; }

version=$(run --version)
echo "$version" | grep -q "PledgeBench" || { echo "smoke test: --version printed: $version" >&2; exit 1; }
echo "app-image --version: $(echo "$version" | head -1)"

out="$HOME_DIR/assessment.json"
# assess --db reads an existing database (a mistyped path is refused, never created): import into it first
run import "$PWD/sample-portfolios/cn-tech-sme" --db "$HOME_DIR/db" >/dev/null
run assess "$PWD/sample-portfolios/cn-tech-sme" --loan 3000000 --term-months 36 --as-of 2025-06-30 \
    --seed 7 --paths 500 --json "$out" --db "$HOME_DIR/db"
grep -q '"recommendation"' "$out" || { echo "smoke test: assess wrote no recommendation" >&2; exit 1; }
grep -q '"inputHash"' "$out" || { echo "smoke test: assess wrote no inputHash" >&2; exit 1; }
echo "app-image assess: $(wc -c < "$out") bytes of JSON"
