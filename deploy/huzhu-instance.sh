#!/bin/sh
# Starts one instance of the runnable jar, alone (the default) or as a member of a cluster, by environment:
#   HUZHU_CLUSTER_MEMBERS    host:port,host:port,...  the data-grid members to find over TCP/IP (clustered when set)
#   HUZHU_CLUSTER_DISCOVERY  instead of a member list, Payara Micro's discovery mode as --clustermode takes it:
#                            dns:<name>:<port> (for Kubernetes a headless service, e.g.
#                            dns:huzhu-hz.union.svc.cluster.local:6900), multicast:<group>:<port>, tcpip:<list>
#   HUZHU_CLUSTER_NAME       the data grid's name (default huzhu): instances join only a grid of the same name
#   HUZHU_CLUSTER_PORT       this member's data-grid port (default Payara's 6900, the next free one when taken)
#   HUZHU_CLUSTER_INTERFACES the interfaces the data grid binds to, e.g. 127.0.0.1 or 10.0.0.*
#   HUZHU_INSTANCE_NAME      this instance's name in the grid and the logs
#   HUZHU_JAR                the jar (default runtime/target/huzhu.jar beside this script); JAVA_OPTS for the JVM
# Other HUZHU_ settings (database, administrator) pass through unchanged; arguments follow the jar (--port 8081).
#
# The jar is built with --nohazelcast, which Payara Micro writes into the jar (MICRO-INF/deploy/payaramicro.properties,
# payaramicro.noHazelcast=true) and sets as system properties at boot, over any -D of the JVM; a properties file given
# at run time with --systemproperties is read after it and wins, so cluster.properties beside this script switches the
# data grid back on for this run. The jar's own pre-boot commands keep web sessions in memory (no grid to replicate them
# to); cluster-pre-boot.asadmin, run after them, lets Payara keep them in the grid.
set -eu
jar=${HUZHU_JAR:-$(cd "$(dirname "$0")/.." && pwd)/runtime/target/huzhu.jar}
discovery=${HUZHU_CLUSTER_DISCOVERY:-}
if [ -z "$discovery" ] && [ -n "${HUZHU_CLUSTER_MEMBERS:-}" ]; then
    discovery="tcpip:$HUZHU_CLUSTER_MEMBERS"
fi
if [ -z "$discovery" ]; then
    exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
fi
set -- --clustermode "$discovery" --clustername "${HUZHU_CLUSTER_NAME:-huzhu}" "$@"
if [ -n "${HUZHU_CLUSTER_PORT:-}" ]; then
    set -- --startport "$HUZHU_CLUSTER_PORT" "$@"
fi
if [ -n "${HUZHU_CLUSTER_INTERFACES:-}" ]; then
    set -- --interfaces "$HUZHU_CLUSTER_INTERFACES" "$@"
fi
if [ -n "${HUZHU_INSTANCE_NAME:-}" ]; then
    set -- --name "$HUZHU_INSTANCE_NAME" "$@"
fi
here=$(cd "$(dirname "$0")" && pwd)
exec java ${JAVA_OPTS:-} -jar "$jar" --systemproperties "$here/cluster.properties" --prebootcommandfile "$here/cluster-pre-boot.asadmin" "$@"
