package org.huzhu.reports.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.reports.api.DecisionLetters;
import org.huzhu.reports.output.MonthlyReportRenderer;

/**
 * Decision letters for the pages and the API. The claim is read through {@link Claims}, which asks the access policy
 * whether the caller may read it, before anything else is done; the letter is dated by the business clock.
 */
@ApplicationScoped
public class DecisionLetterFacade implements DecisionLetters {

    static final String BUNDLE = "org.huzhu.reports.i18n.messages";

    @Inject
    Claims claims;

    @Inject
    PlanCatalogue catalogue;

    @Inject
    BusinessClock clock;

    private final DecisionLetterRenderer renderer = new DecisionLetterRenderer();

    @Override
    public byte[] pdf(Caller caller, long claimId, Locale requested) {
        Locale locale = MonthlyReportRenderer.language(requested);
        ClaimRequests.ClaimView claim = claims.view(caller, claimId, locale);
        if (!DecisionLetters.decided(claim.status())) {
            throw new DomainException(BUNDLE, "letter.notDecided", DomainException.Kind.CONFLICT, claim.reference());
        }
        LocalDate decidedOn = claims.history(caller, claimId).stream()
                .filter(event -> java.util.Set.of("APPROVED", "REJECTED", "REFUSED").contains(event.toStatus()))
                .max(Comparator.comparing(ClaimRequests.EventView::at))
                .map(event -> event.at().toLocalDate()).orElse(null);
        return renderer.pdf(new LetterFacts(claim, planName(claim.planCode(), locale), decidedOn, clock.today()), locale);
    }

    private String planName(String code, Locale locale) {
        List<PlanSummary> plans = catalogue.plans(locale);
        return plans.stream().filter(plan -> plan.code().equals(code)).map(PlanSummary::name).findFirst().orElse(code);
    }
}
