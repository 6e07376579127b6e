package org.huzhu.platform.api;

import java.util.List;

/** Input refused as a whole because of one or more bad fields; nothing was written. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(PlatformMessages.BUNDLE, "problem.validation", Kind.INVALID, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
