package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

import org.huzhu.platform.api.Roles;

/** The home page sends each user to the start page of their role. */
@Named
@RequestScoped
public class HomePage {

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target;
        if (external.isUserInRole(Roles.OFFICER) || external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN)) {
            target = "/officer/dashboard.xhtml";
        } else if (external.isUserInRole(Roles.UNIT_AGENT)) {
            target = "/agent/home.xhtml";
        } else if (external.isUserInRole(Roles.MEMBER)) {
            target = "/member/coverage.xhtml";
        } else if (external.isUserInRole(Roles.ACTUARY)) {
            target = "/actuary/reports.xhtml";
        } else {
            target = "/login.xhtml";
        }
        external.redirect(external.getRequestContextPath() + target);
    }
}
