#!/usr/bin/env bash
# How long `npm test` takes now against an older revision, on this machine in
# one run: both revisions are cloned fresh from this repository, installed and
# built, then their suites run alternately (old, new, old, new, ...), so a
# machine that gets busier part way slows both alike.
#
#   scripts/suite-speed.sh [OLD_REV] [ROUNDS]     (defaults: 5f86a18, 2)
#
# 5f86a18 is the end of part one. Prints each run's wall, user and system
# seconds (the children's included) and the medians; a run that fails is
# reported and counted as failed, not timed.
set -euo pipefail
old=${1:-5f86a18}
rounds=${2:-2}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
new=$(git -C "$repo" rev-parse --short HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The suites may read ../shared beside the checkout, as CI gives it.
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"

for rev in "$old" "$new"; do
  git clone -q "$repo" "$work/$rev"
  git -C "$work/$rev" checkout -q "$rev"
  (cd "$work/$rev" && npm ci --silent >/dev/null 2>&1)
done

declare -A walls users syss
TIMEFORMAT='%R %U %S'
for round in $(seq "$rounds"); do
  for rev in "$old" "$new"; do
    log="$work/$rev-$round.log"
    if t=$( { time (cd "$work/$rev" && npm test >"$log" 2>&1); } 2>&1 ); then
      read -r wall user sys <<<"$t"
      tests=$(grep -aoE 'Tests +[^(]*\([0-9]+\)' "$log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g')
      printf '%-8s round %s: wall %6.1f s, user %6.1f s, sys %6.1f s  (%s)\n' "$rev" "$round" "$wall" "$user" "$sys" "$tests"
      walls[$rev]+="$wall "
      users[$rev]+="$user "
      syss[$rev]+="$sys "
    else
      printf '%-8s round %s: FAILED (log: %s)\n' "$rev" "$round" "$log"
      cp "$log" "/tmp/suite-speed-$rev-$round.log"
    fi
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
for rev in "$old" "$new"; do
  printf '%-8s median: wall %s s, user %s s, sys %s s\n' "$rev" "$(median <<<"${walls[$rev]:-}")" "$(median <<<"${users[$rev]:-}")" "$(median <<<"${syss[$rev]:-}")"
done
