package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;

import org.huzhu.platform.api.RuntimeMode;
import org.huzhu.web.health.StartupState;
import org.huzhu.web.security.HuzhuAuthentication;

/** The login form: checks the credentials through the authentication mechanism, then opens the home page. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    StartupState startup;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEvaluation() {
        return startup.mode() == RuntimeMode.EVALUATION;
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                Object until = request.getAttribute(HuzhuAuthentication.LOCKED_UNTIL);
                if (until instanceof java.time.Instant end) {
                    // the name or this address is locked (LoginThrottle): until when, to the minute in Shanghai time
                    Pages.error("login.locked", Pages.untilMinute(end));
                } else {
                    Pages.error("login.failed");
                }
                external.getFlash().setKeepMessages(false);
                // nothing of a failed attempt stays in the session (with the container's login-to-continue of old,
                // protected pages then answered with an empty page): the next request starts afresh, and a protected
                // page leads back to the login page
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                external.setResponseStatus(200);
            }
        }
    }

    public void logout() throws Exception {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
