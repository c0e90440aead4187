#!/bin/bash
# Run modules of CPython 3.11's own test suite (Lib/test of the local CPython) under Typhon, one process
# each, and print a line per module: its exit status, time, and regrtest's count of errors and failures.
# Usage: scripts/cpython-suite.sh [-t SECONDS] [-l LOGDIR] [-j JOBS] [test_name ...]
#   with no names, every test_* module and package of Lib/test; logs go to LOGDIR/<name>.log.
# TYPHON (default bin/typhon of this checkout) and PYTHON3 (default python3) can be set. The yardstick is
# the figure, not a pass: many modules need fork, ctypes or _testcapi, which Typhon does not have.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TYPHON=${TYPHON:-$ROOT/bin/typhon}
PYTHON3=${PYTHON3:-python3}
TIMEOUT=300
LOGDIR=${TMPDIR:-/tmp}/typhon-suite
JOBS=1
while getopts "t:l:j:" opt; do
  case $opt in
    t) TIMEOUT=$OPTARG ;;
    l) LOGDIR=$OPTARG ;;
    j) JOBS=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
mkdir -p "$LOGDIR"
if [ $# -eq 0 ]; then
  TESTDIR=$("$PYTHON3" -c 'import test, os; print(os.path.dirname(test.__file__))')
  set -- $(cd "$TESTDIR" && for f in test_*; do
    case $f in *.py) echo "${f%.py}" ;; *) [ -d "$f" ] && echo "$f" ;; esac
  done | sort -u)
fi
# The tests write files in their working directory: a scratch one.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

one() {
  local t=$1 start rc counts
  start=$(date +%s)
  (cd "$WORK" && timeout -k 5 "$TIMEOUT" "$TYPHON" -m test "$t" > "$LOGDIR/$t.log" 2>&1)
  rc=$?
  counts=$(grep -oE "failed \([^)]*\)" "$LOGDIR/$t.log" | tail -1)
  [ $rc -eq 124 ] && counts="timed out"
  echo "$t rc=$rc $(( $(date +%s) - start ))s $counts"
}
export -f one
export TYPHON TIMEOUT LOGDIR WORK
printf '%s\n' "$@" | xargs -P "$JOBS" -I{} bash -c 'one {}'
