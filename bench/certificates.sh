#!/usr/bin/env bash
# Certificate benchmark: one PDF at a time after a warm-up (median, p95), then 1,000 as one zip.
#   bench/certificates.sh [zip-count]      (default 1000; writes target/bench/certificates.md)
# Runs CertificateBenchmark (src/test/java/no/medvirk/bench) on a fresh embedded PostgreSQL under target/bench-data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test -Dtest=CertificateBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dmedvirk.bench=true \
    -Dmedvirk.bench.zip="${1:-1000}"
cat target/bench/certificates.md
