package org.huzhu.claims.api.assessment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.insurance.api.rules.RuleNames;
import org.huzhu.platform.api.Messages;

/**
 * A reason code with the wording variant and arguments of its text. Arguments are dates, yuan amounts,
 * whole numbers or codes; they are written language-neutrally (ISO dates, plain amounts with two decimals).
 */
public record AssessmentReason(ReasonCode code, Optional<String> variant, List<Object> arguments) {

    public AssessmentReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(variant, "variant");
        arguments = List.copyOf(arguments);
    }

    public static AssessmentReason of(ReasonCode code, Object... arguments) {
        return new AssessmentReason(code, Optional.empty(), Arrays.asList(arguments));
    }

    public static AssessmentReason of(ReasonCode code, String variant, Object... arguments) {
        return new AssessmentReason(code, Optional.of(variant), Arrays.asList(arguments));
    }

    /** The bundle key of the text; {@code key() + ".title"} is its title. */
    public String key() {
        return code.name() + variant.map(v -> "." + v).orElse("");
    }

    public String title(Locale locale) {
        return Messages.get(ClaimsMessages.BUNDLE, key() + ".title", locale);
    }

    /** The reason in words, amounts grouped; a kind of claim or a disease class among the arguments is told by its name. */
    public String text(Locale locale) {
        Object[] words = arguments.stream().map(AssessmentReason::neutral).toArray();
        if (words.length > 0 && variant.isPresent()) {
            String first = String.valueOf(words[0]);
            words[0] = switch (variant.get()) {
                case "category" -> RuleNames.category(first, locale);
                case "diseaseClass" -> RuleNames.disease(first, locale);
                default -> words[0];
            };
        }
        if (code == ReasonCode.DIAGNOSIS_OUTSIDE_CLASS && words.length > 0) {
            words[0] = RuleNames.disease(String.valueOf(words[0]), locale);
        }
        if (code == ReasonCode.STAGE_REQUIRED && words.length > 2) {
            words[1] = RuleNames.disease(String.valueOf(words[1]), locale);
            words[2] = RuleNames.disease(String.valueOf(words[2]), locale);
        }
        return Amounts.grouped(Messages.get(ClaimsMessages.BUNDLE, key(), locale, words));
    }

    static String neutral(Object argument) {
        if (argument instanceof BigDecimal amount) {
            return Amounts.yuan(amount);
        }
        return String.valueOf(argument);
    }

    @Override
    public String toString() {
        return key() + arguments;
    }
}
