package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.huzhu.members.api.UnitRegistry;

/** A unit agent's start page is their own unit (the organisation of their account). */
@Named
@RequestScoped
public class AgentHome {

    @Inject
    UnitRegistry units;

    public String getUnitCode() {
        return units.unitOfAgent(Pages.user()).orElse(null);
    }
}
