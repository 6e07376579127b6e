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

    /**
     * Restarts from their checkpoints the jobs that {@link #recoverOrphans} failed on this instance (taken over from a
     * server that died while they ran); returns how many it restarted. Called
     * every few seconds from a task the web module scheduled, not from an EJB timer: a chunk job restarted from an EJB
     * timer's thread ran its chunks without the transactions its steps declare (a journal entry was committed
     * without its postings), while one started from a web component's context runs as one started by a request.
     */
    default int resumeTakenOver() {
        return 0;
    }
}
