/**
 * Several instances of the application on one database: each holds a lease it renews ({@link
 * org.huzhu.platform.api.cluster.InstanceLeases}), a scheduled task runs once per occurrence whichever instances are
 * up ({@link org.huzhu.platform.api.cluster.ScheduledRuns}), and a batch execution records the instance that runs it
 * so that only a dead instance's executions count as orphaned.
 */
package org.huzhu.platform.api.cluster;
