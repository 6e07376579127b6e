package org.huzhu.platform.api;

/**
 * Keeps the planner's statistics in step with bulk writes. A bulk path says how many rows it wrote to which
 * tables; once a table has taken enough new rows (autovacuum's own rule: 50 rows plus 10% of the table), it is
 * analysed after the transaction commits, outside it. Does nothing when the database analyses by itself
 * (PostgreSQL with autovacuum on) or is not PostgreSQL.
 */
public interface TableStatistics {

    /** Records rows written in bulk by the current transaction to a table ({@code schema.table}). */
    void written(String table, long rows);
}
