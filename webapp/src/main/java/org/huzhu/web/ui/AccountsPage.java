package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Target;
import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.members.api.account.AccountChangeView;
import org.huzhu.members.api.account.AccountQuery;
import org.huzhu.members.api.account.AccountUpdate;
import org.huzhu.members.api.account.AccountView;
import org.huzhu.members.api.account.IssuedCode;
import org.huzhu.members.api.account.NewAccount;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/**
 * Accounts: an administrator lists and searches every account, creates staff accounts with roles and an organisation
 * (the one-time code is shown once), changes roles, organisation and name, disables, enables and resets them, and reads
 * an account's changes; a supervisor does the same for the unit agents beneath their organisation. Every action names
 * the account it touches and is checked by {@link AccountAdministration} on that account, whatever the page showed.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> STAFF_ROLES = List.of(Roles.OFFICER, Roles.SUPERVISOR, Roles.ACTUARY, Roles.UNIT_AGENT, Roles.ADMIN);

    @Inject
    transient AccountAdministration accounts;

    @Inject
    transient AccessPolicy policy;

    private String text;
    private String role;
    private String organisationFilter;
    private String state;
    private List<AccountView> found = List.of();

    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String organisation;
    private String initialPassword;
    private IssuedCode issued;

    private String selected;
    private String editDisplayName;
    private List<String> editRoles = new ArrayList<>();
    private String editOrganisation;
    private List<AccountChangeView> changes = List.of();

    @PostConstruct
    void init() {
        if (!isAdministrator()) {
            roles = new ArrayList<>(List.of(Roles.UNIT_AGENT));
        }
        search();
    }

    /** Administrators manage every account; supervisors only unit agents. */
    public boolean isAdministrator() {
        return policy.allows(Pages.caller(), Action.MANAGE_STAFF_ACCOUNT, Target.association());
    }

    public List<String> getRoleChoices() {
        return isAdministrator() ? STAFF_ROLES : List.of(Roles.UNIT_AGENT);
    }

    public List<String> getOrganisationChoices() {
        return accounts.organisationChoices(Pages.caller());
    }

    public void search() {
        try {
            Boolean enabled = state == null || state.isBlank() ? null : Boolean.valueOf(state);
            found = accounts.search(Pages.caller(), new AccountQuery(blank(text), blank(role), blank(organisationFilter), enabled, 0, 200));
        } catch (DomainException refused) {
            found = List.of();
            Pages.error(refused);
        }
    }

    public void create() {
        issued = null;
        try {
            List<String> asked = isAdministrator() ? roles : List.of(Roles.UNIT_AGENT);
            AccountView created = accounts.create(Pages.caller(), new NewAccount(blank(username), blank(displayName), asked, blank(organisation),
                    blank(initialPassword)));
            if (created.activationCode() != null) {
                issued = new IssuedCode(created.username(), created.activationCode());
                Pages.info("accounts.createdWithCode", created.username(), created.activationCode());
            } else {
                Pages.info("accounts.createdWithPassword", created.username());
            }
            username = null;
            displayName = null;
            initialPassword = null;
            search();
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    /** Opens an account for editing and shows its changes. */
    public void select(String account) {
        try {
            AccountView view = accounts.view(Pages.caller(), account);
            selected = view.username();
            editDisplayName = view.displayName();
            editRoles = new ArrayList<>(view.roles());
            editOrganisation = view.organisation();
            changes = accounts.changes(Pages.caller(), view.username());
        } catch (DomainException refused) {
            selected = null;
            Pages.error(refused);
        }
    }

    public void save() {
        if (selected == null) {
            return;
        }
        try {
            accounts.update(Pages.caller(), selected, new AccountUpdate(editDisplayName, editRoles, editOrganisation == null ? "" : editOrganisation));
            Pages.info("accounts.saved", selected);
            select(selected);
            search();
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public void disable(String account) {
        act(() -> accounts.disable(Pages.caller(), account), "accounts.disabled", account);
    }

    public void enable(String account) {
        act(() -> accounts.enable(Pages.caller(), account), "accounts.enabledDone", account);
    }

    public void reset(String account) {
        issued = null;
        try {
            issued = accounts.resetPassword(Pages.caller(), account);
            Pages.info("accounts.resetDone", issued.username(), issued.activationCode());
            refreshSelected(account);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    private void act(Runnable action, String done, String account) {
        try {
            action.run();
            Pages.info(done, account);
            search();
            refreshSelected(account);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    private void refreshSelected(String account) {
        if (account.equals(selected)) {
            changes = accounts.changes(Pages.caller(), account);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getOrganisationFilter() { return organisationFilter; }
    public void setOrganisationFilter(String organisationFilter) { this.organisationFilter = organisationFilter; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public List<AccountView> getFound() { return found; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public IssuedCode getIssued() { return issued; }
    public String getSelected() { return selected; }
    public String getEditDisplayName() { return editDisplayName; }
    public void setEditDisplayName(String editDisplayName) { this.editDisplayName = editDisplayName; }
    public List<String> getEditRoles() { return editRoles; }
    public void setEditRoles(List<String> editRoles) { this.editRoles = editRoles == null ? new ArrayList<>() : new ArrayList<>(editRoles); }
    public String getEditOrganisation() { return editOrganisation; }
    public void setEditOrganisation(String editOrganisation) { this.editOrganisation = editOrganisation; }
    public List<AccountChangeView> getChanges() { return changes; }
}
