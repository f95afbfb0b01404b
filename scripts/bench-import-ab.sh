#!/usr/bin/env bash
# 100k-question SQLite imports of two checkouts alternated, the real CLI, a fresh DATA_DIR each:
#   scripts/bench-import-ab.sh BASE_CHECKOUT ARCHIVE [PAIRS]
# BASE_CHECKOUT: another checkout with node_modules (e.g. `git worktree add /tmp/base <commit>` + a node_modules link);
# ARCHIVE: e.g. archive-100000.jsonl from `BENCH_ARCHIVE_ONLY=1 BENCH_DIR=… npx tsx scripts/bench-pages.ts`.
# AB_PG=1: import into a fresh PostgreSQL database each run instead (the local cluster, role oc/oc, as .ci/run sets up).
# Prints per run: pair, side, 1-minute load at start, wall s, user s, system s, peak RSS KB (GNU time).
set -euo pipefail
base=$1; archive=$2; pairs=${3:-2}
here=$(cd "$(dirname "$0")/.." && pwd)
run() {
  local side=$1 dir=$2 pair=$3 d
  d=$(mktemp -d)
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local db=""
  if [[ "${AB_PG:-0}" == 1 ]]; then
    db="oc_import_ab_$$_${pair}_${side}"
    su postgres -c "createdb -O oc $db"
    export DATABASE_URL=postgres://oc:oc@127.0.0.1:5432/$db
  fi
  local t; t=$( { cd "$dir" && DATA_DIR=$d DEMO_CONTENT=0 JOBS=0 LOG_LEVEL=warn RATE_LIMIT=0 \
    /usr/bin/time -f "%e %U %S %M" ./node_modules/.bin/tsx src/cli/main.ts import "$archive" >/dev/null; } 2>&1 | tail -1)
  echo "$pair $side load=$load $t"
  rm -rf "$d"
  if [[ -n "$db" ]]; then unset DATABASE_URL; su postgres -c "dropdb $db"; fi
}
for pair in $(seq 1 "$pairs"); do
  if (( pair % 2 )); then run base "$base" "$pair"; run this "$here" "$pair"; else run this "$here" "$pair"; run base "$base" "$pair"; fi
done
