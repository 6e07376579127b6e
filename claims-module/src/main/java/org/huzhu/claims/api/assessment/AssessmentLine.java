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
     * The line as a member reads it: {@code line.<STEP>} (or a variant of it) of the claims bundle with the benefit's
     * name, the rule, base, rate, amount and remaining. Amounts are positive and grouped ("10,000.00"); the words carry
     * the sign ("cut", "less"). Codes are told by their names (a disease class, a shared limit's amount), an open band
     * as "above 10,000 yuan"; a line of no benefit starts with its sentence. A line that leaves something unpaid says
     * why once: a line not paid is its reason, the others' sentences already say it (only a daily allowance cut by its
     * days adds the reason).
     */
    public String text(Locale locale) {
        boolean days = step == Step.DAILY_ALLOWANCE;
        String name = RuleNames.benefit(benefit, locale);
        Object[] words = {name, ruleInWords(locale), days ? Amounts.count(base) : Amounts.yuan(base),
                rate.map(Amounts::percent).orElse("-"), Amounts.yuan(amount.abs()),
                remaining.map(r -> days ? Amounts.count(r) : Amounts.yuan(r)).orElse("-"),
                reason.map(r -> name.isEmpty() ? r.text(locale) : decapitalised(r.text(locale))).orElse(""),
                classChoice(locale, 1), classChoice(locale, 2)};
        String written = Messages.get(ClaimsMessages.BUNDLE, "line." + step.name() + variant(), locale, words);
        String sentence = name.isEmpty() ? capitalised(written.replaceFirst("^(：|: )", "")) : written;
        boolean reasonAdded = days && reason.isPresent();
        return Amounts.grouped(reasonAdded ? sentence + " " + reason.get().text(locale) : sentence);
    }

    /** Which wording of the step: a cut or none, the deductible reached or not, rounding up or down, the stage chosen. */
    private String variant() {
        return switch (step) {
            case BENEFIT_CAP, CAP_GROUP -> amount.signum() == 0 ? ".within" : "";
            case DEDUCTIBLE -> remaining.map(r -> r.signum() == 0 ? ".reached" : "").orElse("");
            case ROUNDING -> amount.signum() < 0 ? ".down" : ".up";
            case NOT_PAID -> reason.isPresent() ? ".reason" : "";
            case CLASS_CHOICE -> "." + rule.split("\\|", -1)[3];
            default -> "";
        };
    }

    /** The rule as a reader knows it: a disease class by its name, a shared limit by its amount, a band by its bounds. */
    private String ruleInWords(Locale locale) {
        return switch (step) {
            case LUMP_SUM, EARLY_STAGE_DEDUCTION -> RuleNames.disease(rule, locale);
            case NOT_PAID -> RuleNames.category(rule, locale).equals(rule) ? RuleNames.disease(rule, locale) : RuleNames.category(rule, locale);
            case CAP_GROUP -> rule.substring(rule.indexOf(':') + 1);
            case BAND -> band(locale);
            case ABOVE_BANDS -> Amounts.bound(rule.replace("-", ""));
            case CLASS_CHOICE -> rule.split("\\|", -1)[0];
            default -> rule;
        };
    }

    /** "1,000 to 10,000 yuan" or, for a band without an upper bound, "above 10,000 yuan". */
    private String band(Locale locale) {
        int dash = rule.indexOf('-');
        if (dash < 0) {
            return rule;
        }
        String from = Amounts.bound(rule.substring(0, dash));
        String to = rule.substring(dash + 1);
        return to.isBlank() ? Messages.get(ClaimsMessages.BUNDLE, "line.BAND.open", locale, from)
                : Messages.get(ClaimsMessages.BUNDLE, "line.BAND.closed", locale, from, Amounts.bound(to));
    }

    /** For {@code CLASS_CHOICE} ({@code icd|applied|other|stage}): the class applied (1) or the other class (2) by name. */
    private String classChoice(Locale locale, int part) {
        if (step != Step.CLASS_CHOICE) {
            return "";
        }
        return RuleNames.disease(rule.split("\\|", -1)[part], locale);
    }

    /** "The diagnosis …" after "Serious illness: " reads "the diagnosis …" (Chinese has no capitals to change). */
    private static String decapitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
