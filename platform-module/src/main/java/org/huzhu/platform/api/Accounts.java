package org.huzhu.platform.api;

import java.util.Set;

/** Login accounts of the people who use Huzhu. Passwords are stored only as PBKDF2 hashes. */
public interface Accounts {

    boolean exists(String username);

    boolean anyWithRole(String role);

    /** Creates the account when it does not exist yet; an existing account keeps its password and roles. */
    void createIfAbsent(String username, char[] password, Set<String> roles);
}
