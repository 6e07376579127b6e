package org.huzhu.insurance.api.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one plan version fixes for its coverage period. Built by {@link PlanRulesJson} from the
 * version's {@code rules} document; checked for consistency by the insurance module's validator.
 */
public record PlanRules(CoveragePeriod period, int maxShares, EligibilityRule eligibility, GroupRequirement group,
                        PremiumRule premium, CoverRule cover, int claimTimeLimitMonths, RefundRule refund,
                        List<BenefitRule> benefits, List<CapGroup> capGroups) {

    /**
     * The longest code a rule may give a benefit, a cap group or a disease class: what the claims schema stores
     * with every explanation line and contribution ({@code claims.assessment_line.benefit},
     * {@code claims.contribution.benefit} and {@code cap_group}, {@code claims.claim.disease_class}). The
     * validator refuses longer codes, so a version that is accepted can always be assessed.
     */
    public static final int MAX_CODE_LENGTH = 64;

    public PlanRules {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(premium, "premium");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(refund, "refund");
        benefits = List.copyOf(benefits);
        capGroups = List.copyOf(capGroups);
    }

    public Optional<CapGroup> capGroup(String code) {
        return capGroups.stream().filter(group -> group.code().equals(code)).findFirst();
    }

    public Optional<BenefitRule> benefit(String code) {
        return benefits.stream().filter(benefit -> benefit.code().equals(code)).findFirst();
    }
}
