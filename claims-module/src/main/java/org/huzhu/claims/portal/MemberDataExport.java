package org.huzhu.claims.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.claims.api.MyData;
import org.huzhu.claims.intake.ClaimEvents;
import org.huzhu.claims.intake.ClaimQueries;
import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

/** The member's own data in one answer: profile (full resident ID and bank card: their own), cover today, claims. */
@ApplicationScoped
public class MemberDataExport implements MyData {

    static final int MAX_CLAIMS = 10_000;

    @Inject
    MemberDirectory directory;

    @Inject
    AccessPolicy policy;

    @Inject
    Coverage coverage;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimEvents events;

    @Inject
    BusinessClock clock;

    @Inject
    AuditTrail audit;

    @Override
    public Export export(Caller caller, Locale locale) {
        if (!caller.holds(Roles.MEMBER) || !ResidentId.isValid(caller.username())) {
            throw new DomainException(ClaimsMessages.BUNDLE, "myData.membersOnly", DomainException.Kind.FORBIDDEN);
        }
        ResidentId me = ResidentId.parse(caller.username());
        MemberView profile = directory.findByResidentId(me).orElseThrow(() -> new DomainException(ClaimsMessages.BUNDLE,
                "myData.notAMember", DomainException.Kind.NOT_FOUND));
        policy.require(caller, Action.READ_PERSONAL_DETAILS, Target.member(profile.unitCode(), profile.residentId()));
        List<ClaimWithHistory> claims = queries.search(null, null, profile.residentId(), null, null, 0, MAX_CLAIMS).stream()
                .map(summary -> new ClaimWithHistory(queries.view(summary.id(), locale), events.of(summary.id()))).toList();
        audit.read(caller.username(), AuditedObject.MEMBER, profile.residentId());
        return new Export(Instant.now(), profile, coverage.of(me, clock.today(), locale), claims);
    }
}
