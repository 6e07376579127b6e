package org.huzhu.platform.api.batch;

/**
 * A module's recovery of its batch jobs after the server stopped while they ran. The application calls every
 * module's recovery once at start-up, after the migrations and before it serves requests; each marks its own jobs'
 * orphaned executions failed ({@link OrphanedExecutions}) and brings its own records of them into line, so that a
 * run started again restarts from its checkpoint.
 */
public interface JobRecovery {

    /** Marks this module's executions orphaned by a dead JVM as failed; returns how many it found. */
    int recoverOrphans();
}
