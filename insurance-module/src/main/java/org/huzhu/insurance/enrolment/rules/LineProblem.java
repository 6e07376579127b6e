package org.huzhu.insurance.enrolment.rules;

import org.huzhu.platform.api.FieldProblem;

/** Why one row or line of a list was refused: row number (0 for API lines), resident ID, field and reason. */
public record LineProblem(int row, String residentId, FieldProblem problem) {
}
