#!/usr/bin/env bash
# Catalogue benchmark: import of 100 course folders, then the first page of the catalogue over 500 courses.
#   bench/catalog.sh      (writes target/bench/catalog.md)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test -Dtest=CatalogBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dmedvirk.bench=true
cat target/bench/catalog.md
