package org.huzhu.insurance.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.huzhu.insurance.api.InsuranceMessages;
import org.huzhu.insurance.api.Reason;
import org.huzhu.platform.api.DomainException;

/**
 * A rule set refused by the validator: code {@code rules.invalid} with the number of problems; the detail
 * text lists every problem in the reader's language, and {@link #problems()} keeps them for the caller.
 */
public class PlanRulesRejected extends DomainException {

    private final transient List<Reason> problems;

    public PlanRulesRejected(List<Reason> problems) {
        super(InsuranceMessages.BUNDLE, "rules.invalid", Kind.INVALID, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Reason> problems() {
        return problems;
    }

    @Override
    public String detail(Locale locale) {
        return super.detail(locale) + problems.stream().map(problem -> problem.text(locale))
                .collect(Collectors.joining(" ", " ", ""));
    }
}
