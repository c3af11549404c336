#!/usr/bin/env bash
# Benchmarks: index time, one-file update latency, search latency, page throughput, memory.
# Reports numbers; nothing here is a pass/fail test. Loopback only.
#
#   bench/run.sh [articles]          (default 10000)
#
# Needs a PostgreSQL to benchmark against (BENCH_PG, default the local server as postgres),
# psql, curl, and optionally wrk and nginx for the page-throughput comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
DB=mg_bench
PORT=${BENCH_PORT:-8097}

NAME=run
. bench/build.sh
CORPUS="$OUT/corpus-$N"

rm -rf "$CORPUS"
java -cp "$CP" org.myositisguide.bench.CorpusGenerator "$CORPUS" "$N"

psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -qc "drop database if exists $DB" -c "create database $DB"
java -Xmx512m -jar "$JAR" \
  --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --spring.datasource.username=postgres \
  --server.port="$PORT" --site.content-dir="$CORPUS" --site.search.cache-size=0 > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until grep -qE "Indexed|APPLICATION FAILED" "$OUT/app.log"; do sleep 1; done
echo "index: $(grep -o 'IndexReport.*' "$OUT/app.log" | head -1)"

# One-file update: change an article's text and time until the page shows it.
FILE="$CORPUS/articles/generated-00001.md"
MARK="benchmark-marker-$(date +%s)"
START=$(date +%s%N)
printf '\n%s\n' "$MARK" >> "$FILE"
until curl -s "http://127.0.0.1:$PORT/articles/generated-00001" | grep -q "$MARK"; do sleep 0.05; done
echo "one-file update visible after $(( ($(date +%s%N) - START) / 1000000 )) ms"

# Search with the result cache off (every search computed), after a minute's warm-up, against
# the naive SQL search run on the same database in the same run; then queries that are all new.
java -cp "$CP" org.myositisguide.bench.SearchBenchmark "http://127.0.0.1:$PORT" 8 400 \
  "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=postgres"
java -Dmixed=true -DwarmUpSeconds=10 -cp "$CP" org.myositisguide.bench.SearchBenchmark "http://127.0.0.1:$PORT" 8 400

if command -v wrk >/dev/null; then
  URL="http://127.0.0.1:$PORT/articles/dermatomyositis-and-polymyositis"
  echo "article page (app): $(wrk -t2 -c32 -d10s -H 'Accept-Encoding: gzip' "$URL" | grep Requests/sec)"
  if command -v nginx >/dev/null; then
    mkdir -p "$OUT/www/articles"
    curl -s "$URL" > "$OUT/www/articles/dermatomyositis-and-polymyositis.html"
    cat > "$OUT/nginx.conf" <<NGINX
worker_processes 2; pid $PWD/$OUT/nginx.pid; error_log $PWD/$OUT/nginx-error.log;
events {}
http { access_log off; gzip on; gzip_comp_level 1; gzip_types text/html;
  server { listen 127.0.0.1:$((PORT + 1)); root $PWD/$OUT/www; } }
NGINX
    nginx -c "$PWD/$OUT/nginx.conf"
    echo "article page (nginx, same bytes): $(wrk -t2 -c32 -d10s -H 'Accept-Encoding: gzip' \
      "http://127.0.0.1:$((PORT + 1))/articles/dermatomyositis-and-polymyositis.html" | grep Requests/sec)"
    nginx -c "$PWD/$OUT/nginx.conf" -s stop
  fi
fi

echo "memory: $(jcmd $APP GC.heap_info | grep -m1 -E 'used|total'); RSS $(ps -o rss= -p $APP) KiB"
