package org.huzhu.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.huzhu.platform.api.Roles;

/**
 * Users and their roles live in the database ({@code platform.app_user}); passwords are PBKDF2 hashes. The
 * authentication mechanism ({@link HuzhuAuthentication}) serves HTTP Basic for the API and form login with a
 * session for the web pages, over this one store.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/huzhu",
        callerQuery = "select password_hash from platform.app_user where username = ? and enabled = true",
        groupsQuery = "select role_code from platform.app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT, Roles.MEMBER})
public class SecurityConfiguration {
}
