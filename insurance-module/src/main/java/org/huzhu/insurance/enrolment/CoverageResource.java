package org.huzhu.insurance.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.enrolment.rules.CellParsers;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

@Path("coverage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage", description = "保障查询 · What a member is covered for on a date")
public class CoverageResource {

    @Inject
    Coverage coverage;

    @Inject
    MemberDirectory directory;

    @Inject
    AccessPolicy policy;

    @Inject
    BusinessClock clock;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT, Roles.MEMBER})
    @Operation(summary = "A member's plans on a date (today by default): version, shares, cover start and end, waiting-period end, "
            + "premium status, status and remaining annual limits")
    @APIResponse(responseCode = "200", description = "One entry per plan version in force on the date",
            content = @Content(examples = @ExampleObject(name = "coverage", value = "[{\"planCode\":\"WORKING_INPATIENT\",\"planName\":"
                    + "\"在职职工住院补充医疗互助保障计划\",\"versionCode\":\"2026\",\"unitCode\":\"PD-0001\",\"shares\":1,\"coverStart\":\"2026-07-01\","
                    + "\"coverEnd\":\"2027-06-30\",\"waitingPeriodEnd\":\"2026-07-01\",\"inWaitingPeriod\":false,\"premiumStatus\":\"UNPAID\","
                    + "\"paymentDue\":\"2026-07-05\",\"status\":\"PREMIUM_PENDING\",\"remainingLimits\":[]}]")))
    public List<CoverageView> coverage(@QueryParam("residentId") String residentId, @QueryParam("date") String date) {
        ResidentId id = ResidentId.parse(residentId);
        Caller caller = Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
        if (!policy.reachesEverything(caller, Action.READ_COVERAGE)) {
            // a member not found is nobody's to read: refused like anyone else's
            String unit = directory.findByResidentId(id).map(m -> m.unitCode()).orElse(null);
            policy.require(caller, Action.READ_COVERAGE, Target.member(unit, id.value()));
        }
        LocalDate on = date == null || date.isBlank() ? clock.today()
                : CellParsers.date(date).orElseThrow(() -> Reason.of("import.date.unreadable", date).exception(DomainException.Kind.INVALID));
        return coverage.of(id, on,
                SupportedLocales.firstSupported(headers.getAcceptableLanguages()));
    }
}
