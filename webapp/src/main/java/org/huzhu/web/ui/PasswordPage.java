package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.platform.api.DomainException;
import org.huzhu.web.security.AccountStates;
import org.huzhu.web.security.WebSessions;

/**
 * Everyone's own password: a logged-in user changes it here, and an account given an initial password is sent here by
 * the account gate until it has chosen its own.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    AccountAdministration accounts;

    @Inject
    AccountStates states;

    @Inject
    WebSessions sessions;

    private String currentPassword;
    private String password;
    private String repeated;

    /** Whether the account must change its password before anything else (the initial one an administrator gave). */
    public boolean isForced() {
        return states.of(Pages.user()).mustChangePassword();
    }

    public String change() {
        if (password == null || !password.equals(repeated)) {
            Pages.error("account.passwordsDiffer");
            return null;
        }
        boolean forced = isForced();
        try {
            accounts.changeOwnPassword(Pages.caller(), currentPassword == null ? null : currentPassword.toCharArray(), password.toCharArray());
            // every other session of the account ends with its next request; this one, where the new password was chosen, goes on
            sessions.keep((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        }
        Pages.info("account.passwordChanged");
        return forced ? "/index.xhtml?faces-redirect=true" : null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
