#!/usr/bin/env bash
# Starts the built image (packaging/build.sh first) on this machine as if it had no JDK:
# in a private mount namespace (unshare -m; needs root) /usr/lib/jvm is covered by an empty
# tmpfs, PATH has no java, JAVA_HOME and the rest of the environment are unset. Runs --version,
# --help, analyze on docs/formats/examples, and opens the demo window under Xvfb (or DISPLAY),
# saving a screenshot to packaging/target/no-jdk-demo.png. Without unshare it falls back to a
# stripped environment only and says so.
#   ./packaging/check-no-jdk.sh
set -euo pipefail
packaging=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$packaging/.." && pwd)
image=$packaging/target/image/Countersign
shot=$packaging/target/no-jdk-demo.png
[ -x "$image/bin/Countersign" ] || { echo "build the image first: ./packaging/build.sh" >&2; exit 2; }

scratch=$(mktemp -d)
. "$packaging/src/main/sh/display.sh"
trap 'stop_display; rm -rf "$scratch"' EXIT
need_display || DISPLAY=

cat > "$scratch/inside.sh" <<'EOF'
set -eu
image=$1 examples=$2 shot=$3
echo "java on PATH: $(command -v java || echo none)"
echo "JDKs under /usr/lib/jvm: $(ls -A /usr/lib/jvm 2>/dev/null | wc -l)"
echo "JAVA_HOME: ${JAVA_HOME:-unset}"
echo "\$ Countersign --version"; "$image/bin/Countersign" --version
echo "\$ Countersign --help | head -n 3"; "$image/bin/Countersign" --help | head -n 3
echo "\$ Countersign analyze --snapshot snapshot.json --policy policy.yaml draft.json | head -n 6"
"$image/bin/Countersign" analyze --snapshot "$examples/snapshot.json" --policy "$examples/policy.yaml" \
  "$examples/draft.json" | head -n 6
if [ -n "${DISPLAY:-}" ]; then
  echo "\$ Countersign demo   (window on $DISPLAY)"
  "$image/bin/Countersign" demo > "$HOME/demo.log" 2>&1 &
  pid=$!
  sleep "${SETTLE_SECONDS:-8}"
  if command -v import >/dev/null; then import -window root "$shot" && echo "screenshot: $shot"; fi
  echo "libjvm in use: $(grep -o '/[^ ]*libjvm.so' /proc/$pid/maps 2>/dev/null | sort -u || echo '?')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  cat "$HOME/demo.log"
fi
EOF

mkdir -p "$scratch/home"
clean=(env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 DISPLAY="${DISPLAY:-}")
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  echo "private mount namespace: /usr/lib/jvm hidden, java not on PATH"
  # /usr/bin/java and friends point into /usr/lib/jvm, so they dangle once it is covered.
  unshare -m sh -c 'mount -t tmpfs none /usr/lib/jvm && exec "$@"' sh \
    "${clean[@]}" sh "$scratch/inside.sh" "$image" "$root/docs/formats/examples" "$shot"
else
  echo "no unshare here: the JDKs stay visible; only the environment is stripped"
  "${clean[@]}" sh "$scratch/inside.sh" "$image" "$root/docs/formats/examples" "$shot"
fi
