#!/usr/bin/env bash
# LRS benchmark: ingest over HTTP vs a plain JDBC batch, then GET query latency over 1,000,000 statements.
#   bench/lrs.sh [total] [http-statements]      (defaults 1000000 and 100000; writes target/bench/lrs.md)
# Runs LrsBenchmark (src/test/java/no/medvirk/bench) on a fresh embedded PostgreSQL under target/bench-data, then
# IngestBreakdownBenchmark (src/test/java/no/medvirk/xapi): where the ingest time goes, step by step (target/bench/lrs-breakdown.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test -Dtest='LrsBenchmark,IngestBreakdownBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmedvirk.bench=true -Dmedvirk.bench.total="${1:-1000000}" -Dmedvirk.bench.http="${2:-100000}"
cat target/bench/lrs.md
echo
cat target/bench/lrs-breakdown.md
