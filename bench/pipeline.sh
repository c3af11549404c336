#!/usr/bin/env bash
# The path from content/ to pages, measured in one run on one generated corpus:
#   1. full build: Hugo (Debian's package) on the corpus, then the site indexing it into an
#      empty database until its first article page is served (same machine, same run)
#   2. a one-file change until the page shows it
#   3. the article page against nginx serving the same bytes (gzip), with wrk
#   4. memory (heap after a full GC and RSS) at -Xmx512m, after serving and a full reindex
#   5. start to first page with the index already current, and the jar's size
# Prints figures and ratios; nothing here passes or fails. Loopback only.
#
#   bench/pipeline.sh [articles]        (default 10000)
#
# Needs a PostgreSQL to index into (BENCH_PG_HOST/PORT, default the local server, user
# postgres), psql and curl; Hugo, wrk and nginx are used when installed (apt-get install
# hugo wrk nginx) and skipped with a message otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
DB=mg_pipeline
PORT=${BENCH_PORT:-8097}
HEAP=${BENCH_HEAP:--Xmx512m}

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

NAME=pipeline
. bench/build.sh
CORPUS="$OUT/corpus-$N"
echo "jar: $JAR, $(( $(stat -c %s "$JAR") / 1024 / 1024 )) MiB"

rm -rf "$CORPUS"
java -cp "$CP" org.myositisguide.bench.CorpusGenerator "$CORPUS" "$N"
ARTICLES=$(ls "$CORPUS/articles" | wc -l)

if command -v hugo >/dev/null; then
  HUGO_MS=$(bench/hugo.sh "$CORPUS" | sed -n 's/.* in \([0-9]*\) ms$/\1/p')
  echo "hugo: full build of $ARTICLES articles in $HUGO_MS ms"
else
  HUGO_MS=""
  echo "hugo: not installed (apt-get install hugo), no comparison"
fi

start_app() { # $1 = log file; starts the site on the benchmark database
  java $HEAP -jar "$JAR" --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
    --spring.datasource.username=postgres --server.port="$PORT" --site.content-dir="$CORPUS" \
    --site.search.cache-size=0 > "$1" 2>&1 &
  APP=$!
}
first_page() { # waits until an article page is served
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/articles/generated-00001"; do
    kill -0 "$APP" 2>/dev/null || { echo "the site stopped; see its log"; exit 1; }
    sleep 0.05
  done
}
trap 'kill $APP 2>/dev/null || true' EXIT

# 1. Full build into an empty database, until pages are served.
psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -qc "drop database if exists $DB" -c "create database $DB"
START=$(date +%s%N)
start_app "$OUT/pipeline-app.log"
first_page
FULL_MS=$(ms "$START")
echo "site: full build of $ARTICLES articles until the first page is served in $FULL_MS ms"
if [ -n "$HUGO_MS" ]; then
  echo "site / hugo, same corpus, same run: $(awk "BEGIN { printf \"%.2f\", $FULL_MS / $HUGO_MS }")"
fi
until grep -q "Indexed" "$OUT/pipeline-app.log"; do sleep 0.2; done
echo "index run: $(grep -o 'IndexReport.*' "$OUT/pipeline-app.log" | head -1)"

# 2. One-file change until the page shows it.
for i in 1 2 3; do
  FILE="$CORPUS/articles/generated-0000$i.md"
  MARK="pipeline-marker-$i-$(date +%s%N)"
  START=$(date +%s%N)
  printf '\n%s\n' "$MARK" >> "$FILE"
  until curl -s "http://127.0.0.1:$PORT/articles/generated-0000$i" | grep -q "$MARK"; do sleep 0.02; done
  echo "one-file change visible after $(ms "$START") ms"
done

# 3. Article page against nginx serving the same bytes, gzip on both.
URL="http://127.0.0.1:$PORT/articles/dermatomyositis-and-polymyositis"
if command -v wrk >/dev/null && command -v nginx >/dev/null; then
  wrk -t2 -c32 -d5s -H 'Accept-Encoding: gzip' "$URL" > /dev/null
  APP_RPS=$(wrk -t2 -c32 -d10s -H 'Accept-Encoding: gzip' "$URL" | awk '/Requests\/sec/ { print $2 }')
  mkdir -p "$OUT/www/articles"
  curl -s "$URL" > "$OUT/www/articles/dermatomyositis-and-polymyositis.html"
  cat > "$OUT/nginx.conf" <<NGINX
worker_processes 2; pid $PWD/$OUT/nginx.pid; error_log $PWD/$OUT/nginx-error.log;
events {}
http { access_log off; gzip on; gzip_comp_level 1; gzip_types text/html;
  server { listen 127.0.0.1:$((PORT + 1)); root $PWD/$OUT/www; } }
NGINX
  nginx -c "$PWD/$OUT/nginx.conf"
  NGINX_RPS=$(wrk -t2 -c32 -d10s -H 'Accept-Encoding: gzip' \
    "http://127.0.0.1:$((PORT + 1))/articles/dermatomyositis-and-polymyositis.html" | awk '/Requests\/sec/ { print $2 }')
  nginx -c "$PWD/$OUT/nginx.conf" -s stop
  echo "article page: site $APP_RPS req/s, nginx $NGINX_RPS req/s (same bytes, gzip), site / nginx $(awk "BEGIN { printf \"%.2f\", $APP_RPS / $NGINX_RPS }")"
else
  echo "article page: wrk or nginx not installed (apt-get install wrk nginx), no comparison"
fi

# 4. Memory after serving, and after a full reindex at $HEAP: a changed glossary definition
#    makes every article render again (its terms are linked in every article).
RUNS=$(grep -c 'Indexed' "$OUT/pipeline-app.log")
TERM_FILE=$(ls "$CORPUS"/glossary/*.md | head -1)
sed -i 's/^definition: \(.*\)$/definition: \1 (benchmark)/' "$TERM_FILE"
START=$(date +%s%N)
until [ "$(grep -c 'Indexed' "$OUT/pipeline-app.log")" -gt "$RUNS" ]; do sleep 0.2; done
echo "full reindex (every article rendered again) while serving: $(ms "$START") ms; $(grep -o 'IndexReport.*' "$OUT/pipeline-app.log" | tail -1)"
HEAP_USED=$(jcmd "$APP" GC.run > /dev/null; jcmd "$APP" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i+1); exit } }')
echo "memory at $ARTICLES articles ($HEAP), after a full reindex: heap used after full GC $HEAP_USED, RSS $(( $(ps -o rss= -p "$APP") / 1024 )) MiB"
kill "$APP"; wait "$APP" 2>/dev/null || true

# 5. Start to first page with the index already current: the jar as built, then the jar
#    extracted with a class-data-sharing archive made by a training run (Spring Boot's CDS
#    support: java -Djarmode=tools -jar app.jar extract; -XX:ArchiveClassesAtExit).
for i in 1 2; do
  START=$(date +%s%N)
  start_app "$OUT/pipeline-restart.log"
  first_page
  echo "start to first page, index current, jar: $(ms "$START") ms"
  kill "$APP"; wait "$APP" 2>/dev/null || true
done
rm -rf "$OUT/cds"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/cds" > /dev/null
PLAIN_JAR=$JAR
JAR="$OUT/cds/$(basename "$PLAIN_JAR")"
HEAP_PLAIN=$HEAP
HEAP="$HEAP_PLAIN -XX:ArchiveClassesAtExit=$OUT/cds/app.jsa"
start_app "$OUT/pipeline-cds-training.log"
first_page
curl -s -o /dev/null "http://127.0.0.1:$PORT/"
kill "$APP"; wait "$APP" 2>/dev/null || true
HEAP="$HEAP_PLAIN -XX:SharedArchiveFile=$OUT/cds/app.jsa"
for i in 1 2; do
  START=$(date +%s%N)
  start_app "$OUT/pipeline-restart.log"
  first_page
  echo "start to first page, index current, extracted jar with CDS: $(ms "$START") ms"
  kill "$APP"; wait "$APP" 2>/dev/null || true
done
