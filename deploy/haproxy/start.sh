#!/bin/sh
# The reference deployment on one machine: HAProxy in front of two or three clustered instances on loopback and one
# PostgreSQL. Installs Debian's haproxy with apt-get when it is missing. Stop everything with Ctrl-C (or kill the
# script): the instances and HAProxy are its children.
#   HUZHU_DB_URL, HUZHU_DB_USER, HUZHU_DB_PASSWORD, HUZHU_ADMIN_PASSWORD  as for one instance (README: Production)
#   HUZHU_INSTANCES   how many instances (default 2)
#   HUZHU_HA_PORT     where HAProxy listens (default 8080); instance i answers on HUZHU_HA_PORT + i, its data grid
#                     on HUZHU_GRID_PORT + i (default 6900 + i)
#   HUZHU_RUN_DIR     where the instances' folders, logs and haproxy.cfg go (default ./cluster-run)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
count=${HUZHU_INSTANCES:-2}
front=${HUZHU_HA_PORT:-8080}
grid=${HUZHU_GRID_PORT:-6900}
run=${HUZHU_RUN_DIR:-$PWD/cluster-run}
: "${HUZHU_DB_URL:?set HUZHU_DB_URL (production mode on PostgreSQL)}"
: "${HUZHU_ADMIN_PASSWORD:?set HUZHU_ADMIN_PASSWORD}"
if ! command -v haproxy >/dev/null 2>&1; then
    apt-get install -y haproxy >/dev/null || { echo "haproxy is missing and apt-get could not install it" >&2; exit 1; }
fi
mkdir -p "$run"
members=""
i=1
while [ "$i" -le "$count" ]; do
    members="$members${members:+,}127.0.0.1:$((grid + i))"
    i=$((i + 1))
done
"$here/haproxy-cfg.sh" "$front" "$count" > "$run/haproxy.cfg"
haproxy -c -q -f "$run/haproxy.cfg"
pids=""
trap 'kill $pids 2>/dev/null; exit 0' INT TERM
i=1
while [ "$i" -le "$count" ]; do
    mkdir -p "$run/instance-$i"
    (cd "$run/instance-$i" && HUZHU_CLUSTER_MEMBERS=$members HUZHU_CLUSTER_PORT=$((grid + i)) HUZHU_CLUSTER_INTERFACES=127.0.0.1 \
        HUZHU_INSTANCE_NAME=huzhu-$i exec "$here/../huzhu-instance.sh" --port $((front + i)) > "$run/instance-$i.log" 2>&1) &
    pids="$pids $!"
    echo "instance $i: http://127.0.0.1:$((front + i)) (log $run/instance-$i.log)"
    i=$((i + 1))
done
haproxy -db -f "$run/haproxy.cfg" &
pids="$pids $!"
echo "HAProxy: http://127.0.0.1:$front (statistics at /haproxy-stats); instances join as /health/ready answers 200"
wait
