package org.huzhu.platform.api.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The login throttle's failures as every instance counts them, on the table of migration V72 (H2 in PostgreSQL mode). */
class SharedLoginFailuresTest {

    private static final long MINUTE = 60_000;

    @Test
    void failuresCountedByTwoInstancesMakeOneRunThatStartsAgainAfterAQuietPeriod() throws Exception {
        SharedLoginFailures one = new SharedLoginFailures(table("runs"));
        SharedLoginFailures two = new SharedLoginFailures(one.dataSource);
        long now = 1_000_000_000L;
        assertEquals(1, one.fail("ADDRESS", "203.0.113.7", now, MINUTE));
        assertEquals(2, two.fail("ADDRESS", "203.0.113.7", now + 1, MINUTE), "the other instance continues the run");
        assertEquals(3, one.fail("ADDRESS", "203.0.113.7", now + 2, MINUTE));
        assertEquals(1, two.fail("NAME", "203.0.113.7", now + 2, MINUTE), "names and addresses are counted apart");
        assertEquals(1, one.fail("ADDRESS", "203.0.113.7", now + 2 + MINUTE + 1, MINUTE), "a run ends after a quiet minute");
    }

    @Test
    void aLockKeepsTheRunAliveAndOnlyALongerLockReplacesIt() throws Exception {
        SharedLoginFailures store = new SharedLoginFailures(table("locks"));
        long now = 2_000_000_000L;
        store.fail("NAME", "admin", now, MINUTE);
        store.lock("NAME", "admin", now + 10 * MINUTE);
        store.lock("NAME", "admin", now + MINUTE);
        SharedLoginFailures.Run run = store.since(now).get(0);
        assertEquals(now + 10 * MINUTE, run.lockedUntilMs(), "a shorter lock does not shorten it");
        assertEquals(2, store.fail("NAME", "admin", now + 5 * MINUTE, MINUTE), "quiet for five minutes, but locked all along: the run goes on");
        assertEquals(0, store.forgetQuiet("NAME", now + 5 * MINUTE), "neither quiet nor unlocked");
        assertEquals(1, store.forgetQuiet("NAME", now + 11 * MINUTE));
        assertTrue(store.since(0).isEmpty());
    }

    @Test
    void failuresRacingForOneNewKeyFromManyThreadsAreAllCounted() throws Exception {
        SharedLoginFailures store = new SharedLoginFailures(table("race"));
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    store.fail("ADDRESS", "198.51.100.20", 3_000_000_000L, MINUTE);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * each, store.since(0).get(0).failures(), "no failure lost to another's insert or update");
    }

    private static JdbcDataSource table(String name) throws Exception {
        return ScheduledRunsTest.ClusterTables.create("login-" + name, "V72__login_failures.sql");
    }
}
