#!/usr/bin/env bash
# Builds Huzhu and starts it on http://localhost:8080.
# With no HUZHU_DB_URL it runs in evaluation mode: embedded H2 database in ./data (kept between runs), demo
# data and demo accounts. Extra arguments go to Payara Micro (e.g. --port 9090).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package -pl runtime -am
exec java ${JAVA_OPTS:-} -jar runtime/target/huzhu.jar "$@"
