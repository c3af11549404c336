#!/usr/bin/env bash
# Load test: the packaged site with the shipped content and the embedded PostgreSQL (in a
# temporary data folder), then two consecutive runs of
#   wrk -t2 -c64 -d20s  over a mix of home, article, topic, search and JSON search (load.lua)
# reporting per run: requests/s, latency p50/p99, non-2xx/3xx responses, socket errors, heap
# used after a full GC and the process RSS. It reports numbers; it is not a test.
#
#   bench/load.sh            (PORT=8210 by default; the embedded PostgreSQL uses PORT+1)
#
# Needs wrk (apt-get install wrk), curl and the JDK's jcmd.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8210}
DURATION=${DURATION:-20s}
OUT=bench/out
mkdir -p "$OUT"

JAR=$(ls target/myositis-guide-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/myositis-guide-*.jar | grep -v original | head -1)
fi

DATA=$(mktemp -d /tmp/mg-load.XXXXXX)
java -Xmx512m -jar "$JAR" --server.port="$PORT" --site.embedded-db.port=$((PORT + 1)) \
  --site.embedded-db.data-dir="$DATA/pgdata" --site.watch=false > "$OUT/load-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until grep -qE "Rendered [0-9]+ of [0-9]+ public pages|APPLICATION FAILED" "$OUT/load-app.log"; do
  kill -0 $APP 2>/dev/null || { tail -20 "$OUT/load-app.log"; exit 1; }
  sleep 1
done
grep -q "APPLICATION FAILED" "$OUT/load-app.log" && { tail -40 "$OUT/load-app.log"; exit 1; }
echo "started: $(grep -o 'Indexed .*' "$OUT/load-app.log" | head -1)"
echo "         $(grep -o 'Rendered [0-9]* of [0-9]* public pages.*' "$OUT/load-app.log" | head -1)"

memory() {
  jcmd $APP GC.run > /dev/null
  local used
  used=$(jcmd $APP GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  echo "heap used after full GC $((used / 1024)) MiB, RSS $(( $(ps -o rss= -p $APP) / 1024 )) MiB"
}

echo "before:  $(memory)"
for run in 1 2; do
  wrk -t2 -c64 -d"$DURATION" --latency -s bench/load.lua "http://127.0.0.1:$PORT" > "$OUT/load-wrk-$run.txt"
  W="$OUT/load-wrk-$run.txt"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$W")
  total=$(awk '/requests in/ {print $1}' "$W")
  p50=$(awk '$1 == "50%" {print $2}' "$W")
  p99=$(awk '$1 == "99%" {print $2}' "$W")
  bad=$(awk -F': ' '/Non-2xx or 3xx responses/ {print $2}' "$W")
  sockets=$(awk -F'Socket errors: ' '/Socket errors/ {print $2}' "$W")
  echo "run $run:   $rps req/s ($total requests), latency p50 $p50 p99 $p99," \
    "non-2xx/3xx ${bad:-0}, socket errors ${sockets:-0}; $(memory)"
done
