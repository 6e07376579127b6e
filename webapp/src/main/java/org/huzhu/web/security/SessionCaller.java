package org.huzhu.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in through the login form, kept in the page session: the pages' identity from then on. The API never
 * reads it ({@link HuzhuAuthentication}).
 */
public record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "huzhu.session.caller";

    public SessionCaller {
        groups = Set.copyOf(groups);
    }
}
