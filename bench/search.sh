#!/usr/bin/env bash
# Search by meaning at scale: a generated library of N articles (default 10,000) beside the
# shipped ones, on the local PostgreSQL. Reports how long the lexical index and then the
# background embedding of every passage take (the site serves meanwhile: a search is timed
# while embedding runs), the heap after a full GC with every vector loaded, and then the
# search benchmark with 8 clients and the result cache off: the evaluation queries in turn
# (query vectors are remembered, as in production) and queries that are all new (every one
# embedded), each against the naive SQL search in the same run. Numbers only; not a test.
# Embedding uses EMBED_THREADS threads (default 2 here, to measure the full build sooner; the
# site default is half the processors, leaving the rest to readers).
#
#   bench/search.sh [articles]
#   BENCH_XMX=1g REUSE=1 bench/search.sh [articles]   # heap (default 512m); same corpus and database as the last run: vectors
#                                        # already stored, so only loading them is measured
#   STAND_IN=1 bench/search.sh [articles]   # index by words only, then store a stand-in vector per passage
#                                        # (StandInVectors: made from its words, in seconds) instead of embedding it
#                                        # for an hour: times and memory of search only; what meaning finds is noise
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
DB=mg_search_bench
PORT=${BENCH_PORT:-8098}

NAME=search
. bench/build.sh
CORPUS="$OUT/corpus-$N"
if [ "${REUSE:-0}" != 1 ] || [ ! -d "$CORPUS" ]; then
  REUSE=0
  rm -rf "$CORPUS"
  java -cp "$CP" org.myositisguide.bench.CorpusGenerator "$CORPUS" "$N"
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -qc "drop database if exists $DB" -c "create database $DB"
fi
if [ "${STAND_IN:-0}" = 1 ] && [ "$REUSE" != 1 ]; then
  java -jar "$JAR" --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --spring.datasource.username=postgres \
    --server.port="$PORT" --site.content-dir="$CORPUS" --site.watch=false --site.meaning.enabled=false \
    > "$OUT/search-words.log" 2>&1 &
  WORDS=$!
  until grep -qE "Indexed .*IndexReport|APPLICATION FAILED" "$OUT/search-words.log"; do sleep 1; done
  grep -o 'IndexReport.*' "$OUT/search-words.log" | head -1
  kill $WORDS; wait $WORDS || true
  java -cp "$CP" org.myositisguide.bench.StandInVectors "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=postgres"
  REUSE=1
fi
START=$(date +%s)
java -Xmx${BENCH_XMX:-512m} -jar "$JAR" \
  --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --spring.datasource.username=postgres \
  --server.port="$PORT" --site.content-dir="$CORPUS" --site.search.cache-size=0 --site.watch=false \
  --site.meaning.threads=${EMBED_THREADS:-2} \
  > "$OUT/search-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until grep -qE "Indexed .*IndexReport|APPLICATION FAILED" "$OUT/search-app.log"; do sleep 1; done
echo "lexical index: $(grep -o 'IndexReport.*' "$OUT/search-app.log" | head -1) ($(( $(date +%s) - START )) s after start)"
sleep 30
t=$(date +%s%N)
curl -s -o /dev/null "http://127.0.0.1:$PORT/search?q=trouble+swallowing"
echo "a search 30 s after the lexical index (vectors still being embedded or loaded): $(( ($(date +%s%N) - t) / 1000000 )) ms; $(curl -s "http://127.0.0.1:$PORT/actuator/health")"
if [ "$REUSE" != 1 ]; then
  until grep -qE "Embedded [0-9]+ passages in" "$OUT/search-app.log"; do
    kill -0 $APP 2>/dev/null || { tail -20 "$OUT/search-app.log"; exit 1; }
    sleep 5
  done
  grep -E "Embedding [0-9]+ passages|Embedded [0-9]+ passages in" "$OUT/search-app.log"
fi
# Every passage searchable (a count above zero, the same on both sides).
until grep -qE "Search by meaning covers ([1-9][0-9]*) of \1 passages" "$OUT/search-app.log"; do
  kill -0 $APP 2>/dev/null || { tail -20 "$OUT/search-app.log"; exit 1; }
  sleep 2
done
grep -E "Search by meaning covers ([1-9][0-9]*) of \1 passages" "$OUT/search-app.log" | head -1
echo "every passage searchable $(( $(date +%s) - START )) s after start"
jcmd $APP GC.run > /dev/null
echo "heap after full GC: $(jcmd $APP GC.heap_info | grep -oE 'used [0-9]+K' | head -1), RSS $(( $(ps -o rss= -p $APP) / 1024 )) MiB"
echo "jar: $(du -m "$JAR" | cut -f1) MiB"

java -cp "$CP" org.myositisguide.bench.SearchBenchmark "http://127.0.0.1:$PORT" 8 400 \
  "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=postgres"
java -Dmixed=true -DwarmUpSeconds=10 -cp "$CP" org.myositisguide.bench.SearchBenchmark "http://127.0.0.1:$PORT" 8 400 \
  "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=postgres"
