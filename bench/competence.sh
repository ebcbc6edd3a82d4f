#!/usr/bin/env bash
# Competence benchmark: 10,000 people in 50 units, 20 items, the status rows 1,000,000 statements would leave;
# the leader's matrix over all 50 units, its XLSX export, coverage for reports, and one person's recomputation.
#   bench/competence.sh      (writes target/bench/competence.md)
# Runs CompetenceBenchmark (src/test/java/no/medvirk/competence) on a fresh embedded PostgreSQL of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test -Dtest=CompetenceBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dmedvirk.bench=true
cat target/bench/competence.md
