#!/bin/sh
# Writes the HAProxy configuration of the reference deployment: haproxy-cfg.sh <front port> <instances>.
# Instance i listens on 127.0.0.1:<front port + i>. An instance receives requests only while /health/ready answers
# 200 (checked every second; two failures take it out, two successes bring it back). A page session sticks to its
# instance by a cookie (HZ_NODE) and moves to another when that one is down (its session is in the data grid); a
# request that could not be connected to a dead instance is sent to another (retry-on conn-failure, redispatch), and so
# is a GET or HEAD whose instance died under it (empty-response: nothing came back); any other request in flight when
# its instance dies is not sent again (it may have been processed: a POST is never repeated).
set -eu
front=$1
count=$2
cat <<CFG
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response

frontend huzhu
    bind 127.0.0.1:$front
    option forwardfor
    default_backend instances
    stats enable
    stats uri /haproxy-stats
    stats refresh 5s

backend instances
    balance roundrobin
    http-request disable-l7-retry unless METH_GET
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
    cookie HZ_NODE insert indirect nocache httponly
CFG
i=1
while [ "$i" -le "$count" ]; do
    echo "    server huzhu-$i 127.0.0.1:$((front + i)) check cookie huzhu-$i"
    i=$((i + 1))
done
