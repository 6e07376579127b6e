package org.huzhu.platform.api.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.Test;

/** Leases and cross-instance stop requests on the tables of migration V70 (H2 in PostgreSQL mode). */
class InstanceLeasesTest {

    @Test
    void anInstanceIsLiveWhileItRenewsItsLeaseAndDeadOnceItStops() throws Exception {
        JdbcDataSource dataSource = ScheduledRunsTest.ClusterTables.create("leases");
        InstanceLeases leases = leases(dataSource);
        leases.renew();
        leases.renew();
        assertEquals(List.of(leases.instanceId()), leases.liveInstances(), "one row, renewed in place");
        Jdbc.update(dataSource, "insert into platform.instance_lease values ('dead', 'h', 1, ?)", System.currentTimeMillis() - 3_600_000L);
        assertEquals(List.of(leases.instanceId()), leases.liveInstances(), "a lease renewed an hour ago is not live");
        assertEquals(1, leases.forgetDead(), "and is forgotten after ten expiries");
    }

    @Test
    void aStopIsAskedOfAnotherLiveInstanceOnlyAndTheOwnerFindsIt() throws Exception {
        JdbcDataSource dataSource = ScheduledRunsTest.ClusterTables.create("stops");
        InstanceLeases here = leases(dataSource);
        here.renew();
        long now = System.currentTimeMillis();
        Jdbc.update(dataSource, "insert into platform.instance_lease values ('other', 'h', 1, ?), ('dead', 'h', 1, ?)", now, now - 3_600_000L);
        Jdbc.update(dataSource, "insert into platform.job_execution_owner values (1, 'other', 0), (2, 'dead', 0), (3, ?, 0)", here.instanceId());
        JobStops stops = new JobStops();
        stops.dataSource = dataSource;
        stops.leases = here;
        assertTrue(stops.request(1), "another live instance runs it: it is asked");
        assertFalse(stops.request(2), "a dead instance's execution is for the orphan recovery");
        assertFalse(stops.request(3), "this instance's own execution is stopped here");
        assertFalse(stops.request(4), "no instance runs it");
        assertEquals(List.of(1L), Jdbc.query(dataSource, "select execution_id from platform.job_stop_request", rs -> rs.getLong(1)));
        assertTrue(stops.request(1), "asked twice, recorded once");
        assertEquals(0, stops.honour(), "this instance owns none of the requests");
    }

    private static InstanceLeases leases(JdbcDataSource dataSource) {
        InstanceLeases leases = new InstanceLeases();
        leases.dataSource = dataSource;
        return leases;
    }
}
