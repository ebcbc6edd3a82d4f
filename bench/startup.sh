#!/usr/bin/env bash
# Start-up benchmark: how long `java -jar` of the production jar takes, on an empty data directory, until /login
# answers 200. The embedded PostgreSQL is initialised (initdb), migrated and filled with demo data on every run.
#   bench/startup.sh [runs]     (builds the jar with -Pproduction first if target/ has none)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=$(ls target/medvirk-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -B -q -Pproduction -DskipTests package
    jar=$(ls target/medvirk-*.jar | grep -v original | head -1)
fi
port=18080
for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    start=$(date +%s%N)
    "$java_bin" -jar "$jar" --medvirk.data-dir="$data" --server.port=$port >"$data/app.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" = 200 ]; do
        if ! kill -0 $pid 2>/dev/null; then echo "the app stopped; see $data/app.log" >&2; exit 1; fi
        if [ $(( ($(date +%s%N) - start) / 1000000000 )) -ge 120 ]; then echo "no answer in 120 s" >&2; exit 1; fi
        sleep 0.2
    done
    end=$(date +%s%N)
    printf 'run %d: /login answered after %d ms\n' "$run" $(( (end - start) / 1000000 ))
    kill $pid
    wait $pid 2>/dev/null || true
    rm -rf "$data"
done
