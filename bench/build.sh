# Sourced by the benchmarks after they set NAME: builds the site and the benchmark classes,
# and runs the site from a copy of its jar, so that a rebuild while a benchmark runs cannot
# pull classes from under the running site. Sets OUT, CP (benchmark classes) and JAR.
OUT=bench/out
mkdir -p "$OUT"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt"
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
JAR="$OUT/$NAME-site.jar"
cp "$(ls target/myositis-guide-*.jar | grep -v original | head -1)" "$JAR"
