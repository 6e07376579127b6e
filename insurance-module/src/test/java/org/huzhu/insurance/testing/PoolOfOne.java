package org.huzhu.insurance.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A pool of one connection outside a transaction, as the read paths see the container's pool when every other connection is
 * taken: a second connection asked for while the first is still held is refused at once (the pool would make the caller
 * wait until max-wait, and with a single caller holding the only connection it could never get one).
 */
public final class PoolOfOne {

    private PoolOfOne() {
    }

    public static DataSource around(DataSource pool) {
        AtomicBoolean held = new AtomicBoolean();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (!held.compareAndSet(false, true)) {
                        throw new SQLException("In-use connections equal max-pool-size (1): a second connection asked for while the "
                                + "first is held");
                    }
                    Connection connection = (Connection) invoke(pool, method, arguments);
                    AtomicBoolean closed = new AtomicBoolean();
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("close") && closed.compareAndSet(false, true)) {
                                    held.set(false);
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
