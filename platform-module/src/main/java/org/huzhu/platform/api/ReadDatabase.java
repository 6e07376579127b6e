package org.huzhu.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Where the monthly report and the coverage look-ups read: {@value #JNDI}, a read-only replica when one is configured
 * (the runnable jar: {@code HUZHU_DB_READ_URL}), else the main database through read-only connections. Only reads that
 * may lag the main database by the replica's delay come here: nothing that decides a claim, a bill or a limit reads
 * from it. A server without that resource (a full Payara Server set up with {@code jdbc/huzhu} alone) reads the main
 * database.
 */
@ApplicationScoped
public class ReadDatabase {

    /** The JNDI name of the read data source. */
    public static final String JNDI = "jdbc/huzhu-read";

    private static final Logger LOG = Logger.getLogger(ReadDatabase.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource main;

    private volatile DataSource read;

    /** The data source to read from. */
    public DataSource dataSource() {
        DataSource current = read;
        if (current == null) {
            try {
                current = InitialContext.doLookup(JNDI);
            } catch (NamingException e) {
                LOG.info(JNDI + " is not defined on this server: reports and coverage look-ups read jdbc/huzhu");
                current = main;
            }
            read = current;
        }
        return current;
    }
}
