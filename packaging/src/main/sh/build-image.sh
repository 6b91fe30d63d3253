#!/usr/bin/env bash
# Builds the Countersign app image (and a .deb where dpkg-deb exists) from app/target.
# Called by Maven in the packaging module's "image" profile (see packaging/build.sh and
# packaging/README.md); ADR 0009 explains the choices. Steps:
#   1. check the JDK modules below against what jdeps finds in the app's jars
#   2. jlink a runtime: those JDK modules (linked from the JDK's own run-time image, JEP 493,
#      as the JDK has no jmods/) plus JavaFX's modular jars, their native libraries moved to lib/
#   3. jpackage --type app-image: the runtime and the app's jars on the class path, with two
#      launchers: Countersign (the workbench and every command) and countersign-cli (the
#      command line alone, which never loads JavaFX)
#   4. prove it runs with no JDK around: --help, analyze, the data layer (StoreSmoke), and that
#      countersign-cli loads no JavaFX class
#   5. train the AOT cache on a scripted start of the window (needs a display or Xvfb) and
#      switch it on in the launcher's configuration
#   6. jpackage --type deb from the finished image, where dpkg-deb and fakeroot exist
# Environment: JAVA_HOME (a JDK 25), APP_TARGET (app/target), OUT (packaging/target),
# APP_VERSION (numeric, e.g. 0.1.0); SKIP_DEB=1 and SKIP_AOT=1 leave those steps out.
set -euo pipefail

: "${JAVA_HOME:?JAVA_HOME must point to a JDK 25}"
packaging=$(cd "$(dirname "$0")/../../.." && pwd)
root=$(cd "$packaging/.." && pwd)
app=${APP_TARGET:-$root/app/target}
out=${OUT:-$packaging/target}
version=${APP_VERSION:-0.1.0}
version=${version%%-*}

# The JDK modules in the image. Found with jdeps over the app's jars (step 1 repeats the check),
# plus what is only reached by reflection or services: jdk.zipfs (zip file systems for packs),
# java.management (H2's optional JMX; cheap), jdk.unsupported (sun.misc.Unsafe for JavaFX).
# java.net.http: the MCP SDK's HTTP transports (countersign-cli mcp uses stdio, but the SDK's jar
# links them; ADR 0017).
JDK_MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.net,jdk.unsupported,jdk.zipfs
# Modules jdeps reports that the image leaves out on purpose: H2 uses them only for features the
# app never turns on (Java source in CREATE ALIAS, its profiling agent, JavaScript triggers).
OMITTED=java.compiler,java.instrument,java.scripting
JAVAFX_MODULES=javafx.base,javafx.graphics,javafx.controls
JAVA_OPTIONS=(
  "--enable-native-access=javafx.graphics,ALL-UNNAMED"
  # Only used if JavaFX ever has to unpack a native library; they already sit in the runtime's lib/.
  '-Djavafx.cachedir=$HOME/.cache/countersign/javafx'
)
NAME=Countersign
MAIN_CLASS=io.countersign.app.Main
CLI_NAME=countersign-cli
CLI_MAIN_CLASS=io.countersign.cli.Main
DESCRIPTION="Review, decide on and sign AI-drafted identity and access changes."
MAINTAINER=${DEB_MAINTAINER:-countersign-maintainers@example.invalid}

bin=$JAVA_HOME/bin
work=$out/image-work
runtime=$work/runtime
stage=$work/jars
image_dir=$out/image
image=$image_dir/$NAME
installer_dir=$out/installer
started=$(date +%s)

step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }
fail() { echo "build-image: $*" >&2; exit 1; }

[ -f "$app/countersign-app.jar" ] && [ -d "$app/lib" ] \
  || fail "no $app/countersign-app.jar and lib/; build the app first (packaging/build.sh does)"
"$bin/jlink" --help 2>/dev/null | grep -q "Linking from run-time image enabled" \
  || [ -d "$JAVA_HOME/jmods" ] \
  || fail "$JAVA_HOME has neither jmods/ nor linking from its run-time image (JEP 493)"

rm -rf "$work" "$image_dir" "$installer_dir"
mkdir -p "$stage" "$image_dir"

# The class path: the app's jar and every runtime dependency except JavaFX, which goes into the runtime.
cp "$app/countersign-app.jar" "$stage/"
javafx_jars=()
for jar in "$app"/lib/*.jar; do
  case $(basename "$jar") in
    javafx-*-linux.jar) javafx_jars+=("$jar") ;;
    javafx-*) ;; # the empty per-platform parent artifacts
    *) cp "$jar" "$stage/" ;;
  esac
done
[ ${#javafx_jars[@]} -ge 3 ] || fail "JavaFX's linux jars are missing from $app/lib"
javafx_path=$(IFS=:; echo "${javafx_jars[*]}")

step "1/6 jdeps: JDK modules the jars use"
# One jar at a time (jdeps refuses modular jars whose requirements are not roots); each answer is
# kept in target/jdeps-cache by name and size, as jdeps over jOOQ, H2 and BouncyCastle is slow.
cache=$out/jdeps-cache
mkdir -p "$cache"
jdeps_of() {
  local jar=$1 key
  key=$cache/$(basename "$jar").$(stat -c %s "$jar")
  if [ ! -f "$key" ]; then
    "$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
      --module-path "$stage:$javafx_path" "$jar" 2>/dev/null | tail -n 1 > "$key.tmp" || true
    mv "$key.tmp" "$key"
  fi
  cat "$key"
}
export -f jdeps_of
export bin stage javafx_path cache
found=$(ls "$stage"/*.jar | xargs -P "$(nproc)" -I{} bash -c 'jdeps_of "$1"' _ {} \
  | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u || true)
[ -n "$found" ] || fail "jdeps found nothing; is $stage empty?"
missing=$(comm -23 <(echo "$found") <(echo "$JDK_MODULES,$OMITTED" | tr ',' '\n' | sort -u))
echo "jdeps: $(echo $found | tr ' ' ',')"
[ -z "$missing" ] || fail "the app's jars use JDK modules the image lacks: $(echo $missing)." \
  "Add them to JDK_MODULES (or, with a reason, to OMITTED) in $0"

step "2/6 jlink: $JDK_MODULES + $JAVAFX_MODULES"
# JavaFX's jars carry their .so files as resources; left in the jimage JavaFX would unpack them to
# a cache on first start. Like JavaFX's own jmods, they go to the runtime's lib/ instead.
"$bin/jlink" \
  --module-path "$javafx_path" \
  --add-modules "$JDK_MODULES,$JAVAFX_MODULES" \
  --exclude-resources 'glob:/javafx.*/*.so' \
  --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive \
  --output "$runtime"
for jar in "${javafx_jars[@]}"; do
  unzip -q -j -o "$jar" '*.so' -d "$runtime/lib" 2>/dev/null || true
done
[ -f "$runtime/lib/libglassgtk3.so" ] || fail "JavaFX's native libraries did not reach $runtime/lib"
# The archive for heaps over 32 GB: a desktop app never has one.
rm -f "$runtime/lib/server/classes_nocoops.jsa"

step "3/6 jpackage --type app-image"
icon=$packaging/src/main/icons/$NAME.png
jpackage_options=()
for option in "${JAVA_OPTIONS[@]}"; do jpackage_options+=(--java-options "$option"); done
# The command line's own launcher: same runtime and jars, its own main class, a console program.
cli_properties=$work/$CLI_NAME.properties
printf 'main-class=%s\n' "$CLI_MAIN_CLASS" > "$cli_properties"
"$bin/jpackage" --type app-image \
  --name "$NAME" --app-version "$version" --vendor "$NAME" \
  --description "$DESCRIPTION" \
  --icon "$icon" \
  --runtime-image "$runtime" \
  --input "$stage" --main-jar countersign-app.jar --main-class "$MAIN_CLASS" \
  "${jpackage_options[@]}" \
  --add-launcher "$CLI_NAME=$cli_properties" \
  --dest "$image_dir"
launcher=$image/bin/$NAME
cli_launcher=$image/bin/$CLI_NAME
cfg=$image/lib/app/$NAME.cfg
[ -x "$launcher" ] && [ -f "$cfg" ] || fail "jpackage made no launcher"
[ -x "$cli_launcher" ] || fail "jpackage made no $CLI_NAME launcher"

step "4/6 smoke: the image alone (no JDK on PATH, JAVA_HOME unset)"
# A scratch HOME keeps the runs off the builder's settings.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; stop_display' EXIT
. "$packaging/src/main/sh/display.sh"
bare_env=(env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8)
"${bare_env[@]}" "$launcher" --version
"${bare_env[@]}" "$launcher" --help > "$scratch/help.txt" && head -n 2 "$scratch/help.txt"
examples=$root/docs/formats/examples
if [ -f "$examples/snapshot.json" ] && [ -f "$examples/policy.yaml" ] && [ -f "$examples/draft.json" ]; then
  "${bare_env[@]}" "$launcher" analyze --snapshot "$examples/snapshot.json" --policy "$examples/policy.yaml" \
    "$examples/draft.json" > "$scratch/analyze.txt"
  echo "analyze: exit 0, $(wc -l < "$scratch/analyze.txt") lines"
  # The command line alone: the same analysis, and not one JavaFX class loaded on the way.
  "${bare_env[@]}" JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$cli_launcher" analyze \
    --snapshot "$examples/snapshot.json" --policy "$examples/policy.yaml" "$examples/draft.json" > "$scratch/cli.txt"
  ! grep -q ' javafx\.' "$scratch/cli.txt" || fail "$CLI_NAME loaded JavaFX classes"
  echo "$CLI_NAME analyze: exit 0, no JavaFX class loaded"
fi
bench=$work/bench
mkdir -p "$bench/classes"
"$bin/javac" -d "$bench/classes" --release 25 \
  --module-path "$javafx_path" --add-modules javafx.controls \
  -cp "$stage/*" $(find "$packaging/src/bench/java" -name '*.java') \
  "$root/benchmarks/src/main/java/io/countersign/benchmarks/startup/BareWindow.java"
"$bin/jar" --create --file "$bench/countersign-bench.jar" -C "$bench/classes" .
"${bare_env[@]}" "$image/lib/runtime/bin/java" -cp "$bench/countersign-bench.jar:$image/lib/app/*" \
  io.countersign.packaging.bench.StoreSmoke

step "5/6 AOT cache: trained on a scripted start of the workbench"
aot=$image/lib/app/countersign.aot
if [ "${SKIP_AOT:-0}" = 1 ]; then
  echo "SKIP_AOT=1: the image ships without an AOT cache"
else
  need_display || fail "training the AOT cache needs a display: set DISPLAY or install Xvfb (or SKIP_AOT=1)"
  # COUNTERSIGN_STARTUP=ready: the window opens, the demo queue is read and analysed and drawn,
  # then the app closes; the JVM writes the cache at exit (JEP 483/514, one step).
  "${bare_env[@]}" DISPLAY="$DISPLAY" COUNTERSIGN_STARTUP=ready \
    JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$aot -Xlog:aot=error" \
    "$launcher" demo > "$scratch/train.log" 2>&1 || { cat "$scratch/train.log"; fail "the training run failed"; }
  grep '^countersign startup' "$scratch/train.log" || true
  [ -s "$aot" ] || { cat "$scratch/train.log"; fail "no AOT cache was written"; }
  # The launcher's configuration ends with its [JavaOptions] section; the cache goes on there.
  [ "$(grep '^\[' "$cfg" | tail -n 1)" = "[JavaOptions]" ] || fail "unexpected layout of $cfg"
  echo 'java-options=-XX:AOTCache=$APPDIR/countersign.aot' >> "$cfg"
  "${bare_env[@]}" JAVA_TOOL_OPTIONS=-Xlog:aot "$launcher" --version 2>&1 \
    | grep -q 'Using AOT-linked classes: true' || fail "the launcher does not use the AOT cache"
  echo "AOT cache: $(du -h "$aot" | cut -f1), used by the launcher"
fi

step "6/6 .deb"
if [ "${SKIP_DEB:-0}" = 1 ]; then
  echo "SKIP_DEB=1: no .deb"
elif ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
  echo "no dpkg-deb or fakeroot here: no .deb (the app image is complete without it)"
else
  mkdir -p "$installer_dir"
  "$bin/jpackage" --type deb \
    --app-image "$image" \
    --name "$NAME" --app-version "$version" --vendor "$NAME" \
    --description "$DESCRIPTION" \
    --icon "$icon" \
    --linux-package-name countersign \
    --linux-deb-maintainer "$MAINTAINER" \
    --linux-menu-group "Office;Security" \
    --linux-app-category utils \
    --linux-shortcut \
    --dest "$installer_dir"
  deb=$(ls "$installer_dir"/*.deb)
  # jpackage stages the image for the .deb without its files' times, but the AOT cache checks each
  # jar's modification time: repack with the image's times put back (contents and control unchanged).
  dpkg-deb -R "$deb" "$scratch/deb-tree"
  (cd "$image" && find . -type f) | while IFS= read -r file; do
    touch -r "$image/$file" "$scratch/deb-tree/opt/countersign/$file"
  done
  fakeroot dpkg-deb --build "$scratch/deb-tree" "$deb" > /dev/null
  # The cache must still match the jars once installed elsewhere (/opt/countersign): unpack and look.
  dpkg-deb -x "$deb" "$scratch/deb"
  if [ -f "$scratch/deb/opt/countersign/lib/app/countersign.aot" ]; then
    "${bare_env[@]}" JAVA_TOOL_OPTIONS=-Xlog:aot "$scratch/deb/opt/countersign/bin/$NAME" --version 2>&1 \
      | grep -q 'Using AOT-linked classes: true' || fail "the .deb's launcher does not use the AOT cache"
    echo "the .deb's unpacked launcher uses the AOT cache"
  fi
  echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
fi

step "done"
echo "image: $image ($(du -sh "$image" | cut -f1); runtime $(du -sh "$image/lib/runtime" | cut -f1))"
echo "start: $launcher demo"
