#!/usr/bin/env bash
# "Where used" benchmark: Usages.of on an entry's page over 200 published courses.
#   bench/usages.sh      (writes target/bench/usages.md)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test -Dtest=UsagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dmedvirk.bench=true
cat target/bench/usages.md
