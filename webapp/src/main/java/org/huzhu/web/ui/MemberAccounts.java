package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.huzhu.web.security.LoginThrottle;

/**
 * Members' own accounts: an officer issues a one-time activation code; the member activates with it and sets
 * a password; afterwards the member sees their own cover, never anyone else's (the resident ID is the login).
 */
@Named
@RequestScoped
public class MemberAccounts {

    @Inject
    Accounts accounts;

    @Inject
    MemberDirectory directory;

    @Inject
    Coverage coverage;

    @Inject
    LoginThrottle throttle;

    private String residentId;
    private String code;
    private String password;
    private String repeated;
    private String currentPassword;
    private String issuedCode;

    /** Officer: a new code for the member shown on the member page; shown once. */
    public void issue(String memberResidentId) {
        ResidentId id = ResidentId.parse(memberResidentId);
        issuedCode = accounts.issueActivationCode(id.value(), Roles.MEMBER, Pages.user());
        Pages.info("account.codeIssued", id.value(), issuedCode);
    }

    /** Member: first login with the code; throttled like the login form. */
    public String activate() {
        if (password == null || !password.equals(repeated)) {
            Pages.error("account.passwordsDiffer");
            return null;
        }
        try {
            String id = ResidentId.parse(residentId).value();
            if (throttle.isLocked(id)) {
                Pages.error("login.throttled", throttle.minutesLeft(id));
                return null;
            }
            try {
                accounts.activate(id, code, password.toCharArray());
            } catch (DomainException refused) {
                if ("account.activation.invalid".equals(refused.code())) {
                    throttle.failed(id);
                }
                throw refused;
            }
            throttle.succeeded(id);
            Pages.info("account.activated");
            return "/login.xhtml?faces-redirect=true";
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        }
    }

    public void changePassword() {
        if (password == null || !password.equals(repeated)) {
            Pages.error("account.passwordsDiffer");
            return;
        }
        try {
            accounts.changePassword(Pages.user(), currentPassword.toCharArray(), password.toCharArray());
            Pages.info("account.passwordChanged");
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    /** The logged-in member, found by the resident ID they log in with. */
    public MemberView getMe() {
        return directory.findByResidentId(ResidentId.parse(Pages.user())).orElse(null);
    }

    public List<CoverageView> getMyCoverage() {
        return coverage.of(ResidentId.parse(Pages.user()), LocalDate.now(OfficeViews.SHANGHAI), Pages.locale());
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getIssuedCode() {
        return issuedCode;
    }
}
