package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.members.api.account.IssuedCode;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.web.security.ClientAddress;
import org.huzhu.web.security.LoginThrottle;

/**
 * One-time codes and the member's own pages: an officer issues a member's activation code (checked by the access policy on
 * the member's unit); anyone with a code (a member with their resident ID, staff with their user name) sets a password
 * with it; afterwards a member sees their own cover, never anyone else's (the resident ID is the login).
 */
@Named
@RequestScoped
public class MemberAccounts {

    @Inject
    AccountAdministration accounts;

    @Inject
    MemberDirectory directory;

    @Inject
    Coverage coverage;

    @Inject
    LoginThrottle throttle;

    @Inject
    BusinessClock clock;

    private String residentId;
    private String code;
    private String password;
    private String repeated;
    private String issuedCode;

    /** Officer: a new code for the member shown on the member page; shown once. */
    public void issue(String memberResidentId) {
        try {
            IssuedCode issued = accounts.issueMemberCode(Pages.caller(), memberResidentId);
            issuedCode = issued.activationCode();
            Pages.info("account.codeIssued", issued.username(), issuedCode);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    /** First login with a code (a member: the resident ID; staff: the user name); throttled like the login form. */
    public String activate() {
        if (password == null || !password.equals(repeated)) {
            Pages.error("account.passwordsDiffer");
            return null;
        }
        try {
            String name = residentId == null ? "" : residentId.strip();
            String id = ResidentId.isValid(name) ? ResidentId.parse(name).value() : name;
            String client = ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            if (throttle.isLocked(id, client)) {
                Pages.error("login.locked", Pages.untilMinute(throttle.lockedUntil(id, client)));
                return null;
            }
            try {
                accounts.activate(id, code, password.toCharArray());
            } catch (DomainException refused) {
                if ("account.activation.invalid".equals(refused.code())) {
                    throttle.failed(id, client);
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

    /** The logged-in member, found by the resident ID they log in with. */
    public MemberView getMe() {
        return directory.findByResidentId(ResidentId.parse(Pages.user())).orElse(null);
    }

    public List<CoverageView> getMyCoverage() {
        return coverage.of(ResidentId.parse(Pages.user()), clock.today(), Pages.locale());
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

    public String getIssuedCode() {
        return issuedCode;
    }
}
