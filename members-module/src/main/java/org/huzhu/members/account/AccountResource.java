package org.huzhu.members.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.members.api.account.AccountChangeView;
import org.huzhu.members.api.account.AccountQuery;
import org.huzhu.members.api.account.AccountUpdate;
import org.huzhu.members.api.account.AccountView;
import org.huzhu.members.api.account.IssuedCode;
import org.huzhu.members.api.account.NewAccount;
import org.huzhu.platform.api.Roles;

/**
 * Staff accounts: administrators create, change, disable, enable and reset them; supervisors do the same for the unit
 * agents of units beneath their organisation; everyone reads their own account and changes their own password; anyone
 * sets a password with a one-time code.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "账户 · Staff accounts, one-time codes, passwords and their audit trail")
public class AccountResource {

    static final String ACCOUNT_EXAMPLE = "{\"username\":\"zhang.wei\",\"displayName\":\"张伟\",\"roles\":[\"OFFICER\"],\"organisation\":\"SH\","
            + "\"enabled\":true,\"mustChangePassword\":false}";
    private static final String CREATED_EXAMPLE = "{\"username\":\"zhang.wei\",\"displayName\":\"张伟\",\"roles\":[\"OFFICER\"],"
            + "\"organisation\":\"SH\",\"enabled\":true,\"mustChangePassword\":false,\"activationCode\":\"ABCD2345\"}";
    private static final String CODE_EXAMPLE = "{\"username\":\"zhang.wei\",\"activationCode\":\"K7M2Q9XA\"}";
    private static final String FORBIDDEN_EXAMPLE = "{\"type\":\"urn:huzhu:problem:access.account.agentsOnly\",\"title\":\"无权管理该账户\","
            + "\"status\":403,\"detail\":\"主管只能管理其所属组织下属单位的代办员账户。\",\"code\":\"access.account.agentsOnly\"}";

    @Inject
    AccountAdministration administration;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create a staff account with roles and an organisation. Without initialPassword a one-time activation code "
            + "(valid 14 days) is returned once; with one, the holder must change it at the first login. A supervisor creates "
            + "UNIT_AGENT accounts for units beneath their organisation only")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "officer with a code", value = "{\"username\":\"zhang.wei\",\"displayName\":\"张伟\",\"roles\":[\"OFFICER\"],"
                    + "\"organisation\":\"SH\",\"initialPassword\":null}"),
            @ExampleObject(name = "agent with an initial password", value = "{\"username\":\"li.na\",\"displayName\":\"李娜\","
                    + "\"roles\":[\"UNIT_AGENT\"],\"organisation\":\"PD-0001\",\"initialPassword\":\"chuShi-2026\"}")}))
    @APIResponse(responseCode = "201", description = "Created; the code is shown only in this answer",
            content = @Content(examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "User name, role, organisation or initial password refused, with the reason",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no organisation",
                    value = "{\"type\":\"urn:huzhu:problem:account.organisation.required\",\"title\":\"须指定所属组织\",\"status\":400,"
                            + "\"detail\":\"角色 OFFICER 须指定所属组织（互助会、区局或产业工会、基层单位）。\"}")))
    @APIResponse(responseCode = "403", description = "Not an administrator, or a supervisor creating anything but an agent beneath them",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "agents only", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The user name is taken (ignoring case)")
    public Response create(NewAccount account) {
        AccountView created = administration.create(caller(), account);
        return Response.created(URI.create("accounts/" + created.username())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "List accounts by text (user name or display name), role, organisation (it and beneath it) and state, "
            + "ordered by user name; a supervisor sees the unit agents beneath their organisation")
    @APIResponse(responseCode = "200", description = "One page of accounts",
            content = @Content(examples = @ExampleObject(name = "accounts", value = "[" + ACCOUNT_EXAMPLE + "]")))
    public List<AccountView> search(@QueryParam("q") String text, @QueryParam("role") String role,
                                    @QueryParam("organisation") String organisation,
                                    @Parameter(description = "true or false; both when left out") @QueryParam("enabled") Boolean enabled,
                                    @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return administration.search(caller(), new AccountQuery(text, role, organisation, enabled, offset, limit));
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT, Roles.MEMBER})
    @Operation(summary = "The caller's own account (also while a password change is pending)")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(examples = @ExampleObject(name = "me", value = ACCOUNT_EXAMPLE)))
    public AccountView me() {
        return administration.me(caller());
    }

    @PUT
    @Path("me/password")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT, Roles.MEMBER})
    @Operation(summary = "Change one's own password (at least 10 characters with letters and digits, not the current one); "
            + "ends a forced change after the first login")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change", value = "{\"currentPassword\":\"chuShi-2026\","
            + "\"newPassword\":\"my-own-pass-2027\"}")))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Current password wrong, or the new one too weak or unchanged")
    public void changePassword(AccountRequests.PasswordChange change) {
        administration.changeOwnPassword(caller(), chars(change == null ? null : change.currentPassword()),
                chars(change == null ? null : change.newPassword()));
    }

    @POST
    @Path("activation")
    @PermitAll
    @Operation(summary = "Set a password with a one-time code (no login): staff after creation or a reset, members with the code their "
            + "officer issued (user name = resident ID). Five wrong codes spend the code")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "activation", value = "{\"username\":\"zhang.wei\",\"code\":\"ABCD2345\","
            + "\"newPassword\":\"my-own-pass-2027\"}")))
    @APIResponse(responseCode = "204", description = "The password is set; the code is spent")
    @APIResponse(responseCode = "400", description = "Wrong or expired code, or a weak password",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "wrong code",
                    value = "{\"type\":\"urn:huzhu:problem:account.activation.invalid\",\"title\":\"激活码无效\",\"status\":400}")))
    @APIResponse(responseCode = "409", description = "The account is disabled")
    public void activate(AccountRequests.Activation activation) {
        administration.activate(activation == null ? null : activation.username(), activation == null ? null : activation.code(),
                chars(activation == null ? null : activation.newPassword()));
    }

    @GET
    @Path("{username}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One account")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(examples = @ExampleObject(name = "account", value = ACCOUNT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView account(@PathParam("username") String username) {
        return administration.view(caller(), username);
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an account's display name, roles and organisation (fields left out stay as they are); the last enabled "
            + "administrator keeps ADMIN")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "to supervisor in Pudong", value = "{\"displayName\":\"张伟\","
            + "\"roles\":[\"SUPERVISOR\",\"OFFICER\"],\"organisation\":\"PD\"}")))
    @APIResponse(responseCode = "200", description = "The account as changed", content = @Content(examples = @ExampleObject(name = "account",
            value = ACCOUNT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Role or organisation refused")
    @APIResponse(responseCode = "409", description = "The last enabled administrator would lose ADMIN, or a member's account")
    public AccountView update(@PathParam("username") String username, AccountUpdate update) {
        return administration.update(caller(), username, update);
    }

    @POST
    @Path("{username}/disable")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Disable an account: it can no longer log in (API or pages); nothing is deleted. Nobody disables themselves; "
            + "the last enabled administrator stays")
    @APIResponse(responseCode = "200", description = "The account, disabled", content = @Content(examples = @ExampleObject(name = "disabled",
            value = "{\"username\":\"zhang.wei\",\"displayName\":\"张伟\",\"roles\":[\"OFFICER\"],\"organisation\":\"SH\",\"enabled\":false,"
                    + "\"mustChangePassword\":false}")))
    @APIResponse(responseCode = "409", description = "One's own account, or the last enabled administrator")
    public AccountView disable(@PathParam("username") String username) {
        return administration.disable(caller(), username);
    }

    @POST
    @Path("{username}/enable")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Enable a disabled account again")
    @APIResponse(responseCode = "200", description = "The account, enabled", content = @Content(examples = @ExampleObject(name = "enabled",
            value = ACCOUNT_EXAMPLE)))
    public AccountView enable(@PathParam("username") String username) {
        return administration.enable(caller(), username);
    }

    @POST
    @Path("{username}/unlock")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Lift the lock that failed logins put on a user name, at once (the lock on the address they came from stays); "
            + "recorded in the account's changes")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(examples = @ExampleObject(name = "unlocked",
            value = ACCOUNT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView unlock(@PathParam("username") String username) {
        return administration.unlock(caller(), username);
    }

    @POST
    @Path("{username}/password-reset")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Reset a password: the old one stops working at once and the holder sets a new one with the returned one-time code")
    @APIResponse(responseCode = "200", description = "The code, shown once", content = @Content(examples = @ExampleObject(name = "code",
            value = CODE_EXAMPLE)))
    public IssuedCode reset(@PathParam("username") String username) {
        return administration.resetPassword(caller(), username);
    }

    @GET
    @Path("{username}/changes")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The account's audit trail, newest first: creation, roles, organisation, display name, disabling, enabling, "
            + "resets, activation, password changes, agent assignment")
    @APIResponse(responseCode = "200", description = "Changes", content = @Content(examples = @ExampleObject(name = "changes",
            value = "[{\"at\":\"2026-12-07T02:15:00Z\",\"by\":\"admin\",\"action\":\"DISABLED\"},"
                    + "{\"at\":\"2026-12-01T09:00:00Z\",\"by\":\"admin\",\"action\":\"CREATED\",\"detail\":\"OFFICER; organisation SH; activation code issued\"}]")))
    public List<AccountChangeView> changes(@PathParam("username") String username) {
        return administration.changes(caller(), username);
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }
}
