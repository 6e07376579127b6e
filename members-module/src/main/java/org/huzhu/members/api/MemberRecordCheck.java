package org.huzhu.members.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.DomainValues;
import org.huzhu.platform.api.FieldProblem;

/** Checks a member's details field by field; every problem is reported, not just the first. */
public final class MemberRecordCheck {

    private static final int MAX_NAME_LENGTH = 100;

    private MemberRecordCheck() {
    }

    public static List<FieldProblem> problems(MemberRecord record, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        ResidentId id = null;
        try {
            id = ResidentId.parse(record.residentId());
        } catch (DomainException invalid) {
            problems.add(FieldProblem.of("residentId", invalid));
        }
        if (record.name() == null || record.name().isBlank()) {
            problems.add(problem("name", "member.name.missing"));
        } else if (record.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(problem("name", "member.name.tooLong", MAX_NAME_LENGTH));
        } else if (!DomainValues.cleanLine(record.name())) {
            problems.add(problem("name", "member.name.controlCharacters"));
        }
        if (id != null && record.sex() != null && record.sex() != id.sex()) {
            problems.add(problem("sex", "member.sex.mismatch", id.value()));
        }
        if (id != null && record.birthDate() != null && !record.birthDate().equals(id.birthDate())) {
            problems.add(problem("birthDate", "member.birthDate.mismatch", id.value(), id.birthDate().toString()));
        }
        if (id != null && id.birthDate().isAfter(today)) {
            problems.add(problem("residentId", "member.birthDate.future", id.birthDate().toString()));
        }
        if (record.status() == null) {
            problems.add(problem("status", "member.status.missing"));
        } else if (record.status() == EmploymentStatus.RETIRED && record.retiredOn() == null) {
            problems.add(problem("retiredOn", "member.retiredOn.missing"));
        } else if (record.status() == EmploymentStatus.IN_SERVICE && record.retiredOn() != null) {
            problems.add(problem("retiredOn", "member.retiredOn.inService"));
        }
        if (record.retiredOn() != null && (record.retiredOn().isAfter(today)
                || (id != null && !record.retiredOn().isAfter(id.birthDate())))) {
            problems.add(problem("retiredOn", "member.retiredOn.implausible", record.retiredOn().toString()));
        }
        if (record.bankCard() != null && !record.bankCard().isBlank() && !record.bankCard().strip().matches("\\d{12,19}")) {
            problems.add(problem("bankCard", "member.bankCard.invalid"));
        }
        return problems;
    }

    private static FieldProblem problem(String field, String code, Object... arguments) {
        return FieldProblem.of(field, MembersMessages.BUNDLE, code, arguments);
    }
}
