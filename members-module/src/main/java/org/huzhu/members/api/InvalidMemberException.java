package org.huzhu.members.api;

import java.util.List;

import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.InvalidInputException;

/** A member's details failed their checks; nothing was written. */
public class InvalidMemberException extends InvalidInputException {
    public InvalidMemberException(List<FieldProblem> problems) {
        super(problems);
    }
}
