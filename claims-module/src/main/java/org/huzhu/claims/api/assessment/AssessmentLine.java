package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.insurance.api.rules.RuleNames;
import org.huzhu.platform.api.Messages;

/**
 * One rule applied to a claim: which benefit, which step and rule (see {@link Step} for what each field
 * means per step), the base it applied to, the rate, the amount it contributes (exact, not rounded), the
 * limit remaining after it, and the reason when it left something unpaid.
 */
public record AssessmentLine(String benefit, Step step, String rule, BigDecimal base, Optional<BigDecimal> rate,
                             BigDecimal amount, Optional<BigDecimal> remaining, Optional<AssessmentReason> reason) {

    public AssessmentLine {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The line in words: {@code line.<STEP>} of the claims bundle with the benefit's name, the rule, base, rate, amount
     * and remaining. Codes are told by their names (a disease class, a shared limit's amount); a line of no benefit
     * starts with its sentence.
     */
    public String text(Locale locale) {
        boolean days = step == Step.DAILY_ALLOWANCE;
        String name = RuleNames.benefit(benefit, locale);
        String written = Messages.get(ClaimsMessages.BUNDLE, "line." + step.name(), locale, name, ruleInWords(locale),
                days ? Amounts.count(base) : Amounts.yuan(base), rate.map(Amounts::percent).orElse("-"),
                Amounts.yuan(amount), remaining.map(r -> days ? Amounts.count(r) : Amounts.yuan(r)).orElse("-"));
        String sentence = name.isEmpty() ? capitalised(written.replaceFirst("^(：|: )", "")) : written;
        return reason.map(r -> sentence + " " + r.text(locale)).orElse(sentence);
    }

    /** The rule as a reader knows it: a disease class by its name, a shared limit by its amount ("GROUP:40000.00"). */
    private String ruleInWords(Locale locale) {
        return switch (step) {
            case LUMP_SUM, EARLY_STAGE_DEDUCTION -> RuleNames.disease(rule, locale);
            case NOT_PAID -> RuleNames.category(rule, locale).equals(rule) ? RuleNames.disease(rule, locale) : RuleNames.category(rule, locale);
            case CAP_GROUP -> rule.substring(rule.indexOf(':') + 1);
            default -> rule;
        };
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
