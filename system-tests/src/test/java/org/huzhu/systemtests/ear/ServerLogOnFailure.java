package org.huzhu.systemtests.ear;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints the tail of the server log into the test output whenever set-up or a test fails, so that a CI reader
 * sees the server's side of the failure (deployment errors, the application refusing to start) next to it.
 */
final class ServerLogOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final int LINES = 250;

    private final Supplier<PayaraServerDomain> domain;
    private boolean dumped;

    ServerLogOnFailure(Supplier<PayaraServerDomain> domain) {
        this.domain = domain;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        dump(context.getDisplayName(), throwable);
        throw throwable;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        dump("set-up", throwable);
        throw throwable;
    }

    private synchronized void dump(String where, Throwable throwable) {
        PayaraServerDomain server = domain.get();
        if (server == null || dumped) {
            return;
        }
        dumped = true;
        System.out.println("==================== " + where + " failed: " + throwable);
        System.out.println("==================== causes logged by the server:");
        server.serverLogCauses(10).forEach(cause -> System.out.println("  " + cause));
        System.out.println("==================== last " + LINES + " lines of " + server.serverLog());
        System.out.println(server.serverLogTail(LINES));
        System.out.println("==================== end of server log");
        System.out.flush();
    }
}
