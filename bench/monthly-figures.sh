#!/usr/bin/env bash
# Times the monthly figures (SQL aggregates, chain ladder, Mack) for one month on a PostgreSQL database.
# Usage: bench/monthly-figures.sh [database] [yyyy-MM] [plan]   (after mvn -o compile -pl reports-module -am)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-huzhu_bench_premium}
month=${2:-2017-06}
pg=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
exec java -cp "reports-module/target/classes:insurance-module/target/classes:platform-module/target/classes:$pg" bench/MonthlyFiguresBench.java "$db" "$month" "${3:-WORKING_INPATIENT}"
