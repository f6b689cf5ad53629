# Sourced by ./mvnw, ./dateline and .ci/run: points JAVA_HOME at a JDK >= 21.
# Order: $JAVA_HOME, then `java` on PATH, then the newest JDK under /usr/lib/jvm
# (or $DATELINE_JVM_DIR). Exits with a one-line message when none is found.

_dl_jdk_major() { # prints the major version of the JDK at $1, or nothing
  local home=$1 v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  else
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = 1 ] && v=8
  echo "$v"
}

_dl_pick_jdk() {
  local cand best="" best_v=0 v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(_dl_jdk_major "$JAVA_HOME")
    [ -n "$v" ] && [ "$v" -ge 21 ] && { echo "$JAVA_HOME"; return; }
  fi
  if command -v java >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    v=$(_dl_jdk_major "$cand")
    [ -n "$v" ] && [ "$v" -ge 21 ] && { echo "$cand"; return; }
  fi
  for cand in "${DATELINE_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -L "$cand" ] && continue
    v=$(_dl_jdk_major "$cand")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$cand; best_v=$v; fi
  done
  echo "$best"
}

_dl_home=$(_dl_pick_jdk)
if [ -z "$_dl_home" ]; then
  echo "dateline: no JDK >= 21 found (checked JAVA_HOME, java on PATH, ${DATELINE_JVM_DIR:-/usr/lib/jvm}); install one or set JAVA_HOME" >&2
  exit 69
fi
export JAVA_HOME=$_dl_home
unset _dl_home
