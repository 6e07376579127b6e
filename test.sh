#!/usr/bin/env bash
# Runs the whole test suite: unit tests, architecture rules, in-container tests (Arquillian on Payara Micro)
# against a PostgreSQL database created fresh for the run, and smoke tests of the runnable jar and the EAR.
# PostgreSQL: 127.0.0.1:5432 as user postgres by default (override with HUZHU_TEST_PGHOST, HUZHU_TEST_PGPORT,
# HUZHU_TEST_PGUSER, HUZHU_TEST_PGPASSWORD). If it is not reachable, a local Debian cluster is started.
set -euo pipefail
cd "$(dirname "$0")"

host=${HUZHU_TEST_PGHOST:-127.0.0.1}
port=${HUZHU_TEST_PGPORT:-5432}
user=${HUZHU_TEST_PGUSER:-postgres}
password=${HUZHU_TEST_PGPASSWORD:-}

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "test.sh: '$tool' is missing: install a Java 17 JDK and Maven 3.8+ (Debian: apt-get install openjdk-17-jdk maven)" >&2; exit 1; }
done

reachable() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

if ! reachable; then
  if [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ]; then
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
      version=$(ls /etc/postgresql | sort -V | tail -n 1)
      echo "test.sh: PostgreSQL is not running; starting the local cluster $version/main"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
      for _ in $(seq 1 30); do reachable && break; sleep 1; done
    fi
  fi
  if ! reachable; then
    echo "test.sh: PostgreSQL is not reachable at $host:$port and no local cluster could be started: install it (Debian: apt-get install postgresql) or point HUZHU_TEST_PGHOST/HUZHU_TEST_PGPORT at one" >&2
    exit 1
  fi
fi

# Browser tests drive Debian's Chromium through Debian's chromedriver; nothing may download a browser.
if ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing Debian's chromium and chromium-driver for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null \
      || { echo "test.sh: could not install chromium and chromium-driver with apt-get; install them and run again" >&2; exit 1; }
  else
    echo "test.sh: the browser tests need Debian's chromium and chromium-driver: run 'apt-get install chromium chromium-driver' as root" >&2
    exit 1
  fi
fi

# The cluster failover test puts HAProxy in front of two instances.
if ! command -v haproxy >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing Debian's haproxy for the cluster failover test"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy) >/dev/null \
      || { echo "test.sh: could not install haproxy with apt-get; install it and run again" >&2; exit 1; }
  else
    echo "test.sh: the cluster failover test needs Debian's haproxy: run 'apt-get install haproxy' as root" >&2
    exit 1
  fi
fi

# Pages are measured and photographed with Chinese text: without a CJK font Chromium draws boxes of another width.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "test.sh: installing Debian's fonts-noto-cjk so that the browser tests see Chinese as people do"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk) >/dev/null \
    || echo "test.sh: could not install fonts-noto-cjk; the screenshots will show boxes for Chinese" >&2
fi

exec mvn -B verify -Dtest.db.host="$host" -Dtest.db.port="$port" -Dtest.db.user="$user" -Dtest.db.password="$password" "$@"
