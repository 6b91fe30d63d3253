# Finds a JDK 25 or newer and exports it as JAVA_HOME.
# Sourced by ./mvnw and ./countersign so the build and the app agree on one JDK,
# whatever the machine's default `java` is (often 17 here).
countersign_jdk_major() {
  # The JDK's `release` file is cheaper to read than starting a JVM.
  [ -r "$1/release" ] || return 1
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

countersign_select_jdk() {
  for candidate in "${COUNTERSIGN_JAVA_HOME-}" "${JAVA_HOME-}"; do
    [ -n "$candidate" ] || continue
    major=$(countersign_jdk_major "$candidate" 2>/dev/null || true)
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ -x "$candidate/bin/javac" ]; then
      JAVA_HOME=$candidate; export JAVA_HOME; return 0
    fi
  done
  best=""; best_major=0
  set +f  # ./mvnw runs with globbing off; the search below needs it
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                   "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(countersign_jdk_major "$candidate" 2>/dev/null || true)
    [ -n "$major" ] || continue
    if [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "countersign: no JDK 25 found (JAVA_HOME is '${JAVA_HOME-}'). Install a JDK 25, for example Eclipse Temurin 25, or set COUNTERSIGN_JAVA_HOME to one." >&2
    return 1
  fi
  JAVA_HOME=$best; export JAVA_HOME
}
