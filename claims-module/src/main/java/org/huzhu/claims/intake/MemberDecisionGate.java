package org.huzhu.claims.intake;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.platform.api.Jdbc;

/**
 * Fifty officers approving one member's claims at once would each take a pooled connection and wait on the member's
 * plan-year lock, and everyone else would wait for a connection. This gate, outside the decision's transaction (it runs
 * before the transaction interceptor), counts the decisions running or waiting per member's plan year in this server;
 * past {@link ClaimSettings#decisionsPerMember()} the decision is answered 409 "being decided, try again" at once, having
 * held a connection only for the one look-up of the claim's member.
 */
@OneMemberAtATime
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class MemberDecisionGate {

    private static final ConcurrentMap<String, Integer> RUNNING = new ConcurrentHashMap<>();

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @AroundInvoke
    public Object gate(InvocationContext invocation) throws Exception {
        long claimId = (Long) invocation.getParameters()[0];
        Optional<String> memberYear = Jdbc.queryOne(dataSource, "select member_id, plan_code, year_start from claims.claim where id = ?",
                row -> row.getLong(1) + "/" + row.getString(2) + "/" + row.getDate(3), claimId);
        if (memberYear.isEmpty()) {
            return invocation.proceed(); // the decision answers 404 itself
        }
        if (!enter(memberYear.get(), ClaimSettings.decisionsPerMember())) {
            throw ClaimsProblem.conflict("claim.busy", ClaimsProblem.reference(claimId));
        }
        try {
            return invocation.proceed();
        } finally {
            leave(memberYear.get());
        }
    }

    /** Counts one more decision on the key, unless {@code limit} are running already. */
    static boolean enter(String key, int limit) {
        boolean[] entered = {false};
        RUNNING.compute(key, (k, running) -> {
            int now = running == null ? 0 : running;
            if (now >= Math.max(1, limit)) {
                return running;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    /** Counts one decision less; the key is forgotten when none is left. */
    static void leave(String key) {
        RUNNING.computeIfPresent(key, (k, running) -> running <= 1 ? null : running - 1);
    }
}
