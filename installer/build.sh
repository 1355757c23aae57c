#!/usr/bin/env bash
# Builds the PledgeBench desktop installers with the JDK's own jlink + jpackage (no third-party tool):
#   target/installer/runtime          jlink'd Java runtime with only the modules the app needs (+ its CDS archive)
#   target/installer/PledgeBench/     app-image (Linux), with an AppCDS archive of the app's start-up classes
#   target/installer/pledgebench_<v>_amd64.deb  Debian package (desktop entry, icon, .pbx file association)
# Called by `mvn -B -Pinstaller package` after the shaded jar exists. Usage: build.sh VERSION [no-deb]
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:?version}"
WITH_DEB=yes
[ "${2:-}" = "no-deb" ] && WITH_DEB=no
OUT=target/installer
JAR=target/pledgebench.jar
[ -f "$JAR" ] || { echo "installer: $JAR is missing; run mvn package first" >&2; exit 2; }
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/resources"
cp "$JAR" "$OUT/input/"

# Modules: what `jdeps --print-module-deps` reports for the shaded jar, plus what it cannot see
# through reflection and service loading: java.desktop (AWT for charts and PDF), java.prefs (window
# state), jdk.charsets (GB18030/GBK portfolio files), jdk.localedata (Chinese number and date formats),
# jdk.zipfs, jdk.crypto.ec (H2 AES file encryption uses JCE).
MODULES=$(jdeps --multi-release 17 --print-module-deps --ignore-missing-deps "$JAR")
MODULES="$MODULES,java.desktop,java.prefs,java.logging,java.xml,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec"
jlink --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
      --include-locales=en,zh --generate-cds-archive --output "$OUT/runtime"

# Icon: drawn at build time so the repository carries no binary (PNG is what Linux wants; Windows
# and macOS need .ico/.icns and get jpackage's default icon until those exist).
ICON=()
if [ "$(uname -s)" = Linux ]; then
  java installer/linux/DrawIcon.java "$OUT/resources/PledgeBench.png"
  ICON=(--icon "$OUT/resources/PledgeBench.png")
fi

# JVM options (see installer/README.md): heap for a 100,000-patent portfolio (measured within 512 MB;
# 1 GB leaves room for the workbench's tables and charts), HiDPI scaling left to GTK, the app's own
# CDS archive (written below; ignored silently if it does not match, e.g. after a manual copy).
# G1 with a 50 ms pause goal, not Serial GC: revaluing a 10,000-loan book in the workbench, Serial's full
# collections stopped the FX thread for 1.4 s (ADR 0016).
JOPTS=(--java-options "-Xmx1g" --java-options "-XX:+UseG1GC" --java-options "-XX:MaxGCPauseMillis=50"
       --java-options "-XX:TieredStopAtLevel=1"
       --java-options "-Xshare:auto" --java-options "-XX:SharedArchiveFile=\$APPDIR/pledgebench.jsa"
       --java-options "-Dprism.forceGPU=false" --java-options "-Djdk.gtk.version=3")
jpackage --type app-image --name PledgeBench --app-version "$VERSION" --vendor "PledgeBench" \
         --input "$OUT/input" --main-jar pledgebench.jar --main-class io.pledgebench.Main \
         --runtime-image "$OUT/runtime" "${ICON[@]}" \
         "${JOPTS[@]}" --dest "$OUT"

# AppCDS: a training run through the headless paths (version, calc, and an assessment when a sample
# exists) records the classes loaded at start-up; later starts map them instead of parsing them.
IMG="$OUT/PledgeBench"
if [ -x "$IMG/lib/runtime/bin/java" ]; then   # the Linux layout; Windows/macOS images are not trained yet
train() { "$IMG/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$IMG/lib/app/pledgebench.jsa" -Xshare:auto \
          -cp "$IMG/lib/app/pledgebench.jar" io.pledgebench.Main "$@" >/dev/null; }
TRAIN_DB=$(mktemp -d)
if [ -d sample-portfolios/cn-tech-sme ] && "$IMG/lib/runtime/bin/java" -cp "$IMG/lib/app/pledgebench.jar" io.pledgebench.Main assess --help >/dev/null 2>&1; then
  # assess --db reads an existing database (a missing one is refused), so the sample is imported first
  "$IMG/lib/runtime/bin/java" -cp "$IMG/lib/app/pledgebench.jar" io.pledgebench.Main import sample-portfolios/cn-tech-sme \
      --db "$TRAIN_DB/db" >/dev/null 2>&1
  train assess sample-portfolios/cn-tech-sme --loan 5000000 --term-months 36 --as-of 2025-01-01 --paths 200 --db "$TRAIN_DB/db"
else
  train --version
fi
rm -rf "$TRAIN_DB"
ls -la "$IMG/lib/app/pledgebench.jsa"
fi

[ "$WITH_DEB" = yes ] || exit 0
case "$(uname -s)" in
  Linux)
    # The .deb installs to /opt/pledgebench; its post-install script regenerates the CDS archive for
    # that path (CDS archives record the class path they were made with).
    # The build-time archive records this build folder's path and would only produce a JVM warning there.
    cp installer/linux/postinst installer/linux/prerm "$OUT/resources/"
    rm -rf "$OUT/deb-image" && mkdir -p "$OUT/deb-image" && cp -a "$IMG" "$OUT/deb-image/"
    rm -f "$OUT/deb-image/PledgeBench/lib/app/pledgebench.jsa"
    jpackage --type deb --app-image "$OUT/deb-image/PledgeBench" --name PledgeBench --app-version "$VERSION" --vendor "PledgeBench" \
             --description "Offline workbench for IP-pledge financing" \
             --linux-package-name pledgebench --linux-menu-group Office --linux-shortcut \
             --linux-app-category office --linux-package-deps "libgtk-3-0" \
             --file-associations installer/linux/portfolio-association.properties \
             --resource-dir "$OUT/resources" --dest "$OUT"
    ls -la "$OUT"/*.deb ;;
  MINGW*|MSYS*|CYGWIN*)
    # Needs the WiX Toolset 3 on PATH. The fixed upgrade UUID lets a newer .msi replace an older one.
    jpackage --type msi --app-image "$IMG" --name PledgeBench --app-version "$VERSION" --vendor "PledgeBench" \
             --win-menu --win-menu-group PledgeBench --win-shortcut --win-dir-chooser --win-per-user-install \
             --win-upgrade-uuid 6f1d2c3e-8a4b-4f7e-9d61-5b0e2a7c9f14 \
             --file-associations installer/linux/portfolio-association.properties --dest "$OUT" ;;
  Darwin)
    jpackage --type dmg --app-image "$IMG.app" --name PledgeBench --app-version "$VERSION" --vendor "PledgeBench" \
             --mac-package-identifier io.pledgebench.workbench \
             --file-associations installer/linux/portfolio-association.properties --dest "$OUT" ;;
  *) echo "installer: no package type for $(uname -s); the app-image is in $IMG" >&2 ;;
esac
