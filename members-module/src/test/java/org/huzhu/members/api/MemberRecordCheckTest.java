package org.huzhu.members.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.platform.api.FieldProblem;
import org.junit.jupiter.api.Test;

class MemberRecordCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static MemberRecord record(String id, String name, Sex sex, LocalDate birth, EmploymentStatus status, LocalDate retiredOn, String card) {
        return new MemberRecord(id, name, sex, birth, status, retiredOn, true, false, false, card);
    }

    private static List<String> fields(MemberRecord record) {
        return MemberRecordCheck.problems(record, TODAY).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aNameWithAControlCharacterALineBreakOrARightToLeftOverrideIsRefused() {
        for (String name : List.of("王\u202Egnp.exe", "王\u0000建国", "王\n建国", "\u2067王建国")) {
            assertEquals(List.of("name"), fields(record("310115198203150412", name, null, null, EmploymentStatus.IN_SERVICE, null, null)), name);
        }
    }

    @Test
    void aCompleteRecordPasses() {
        assertTrue(fields(record("310115198203150412", "王建国", Sex.MALE, LocalDate.of(1982, 3, 15), EmploymentStatus.IN_SERVICE, null, "6222020200112233445")).isEmpty());
    }

    @Test
    void sexAndBirthDateMayBeLeftOutBecauseTheIdCarriesThem() {
        assertTrue(fields(record("310115198203150412", "王建国", null, null, EmploymentStatus.IN_SERVICE, null, null)).isEmpty());
    }

    @Test
    void sexAndBirthDateThatContradictTheIdAreRefused() {
        assertEquals(List.of("sex", "birthDate"),
                fields(record("310115198203150412", "王建国", Sex.FEMALE, LocalDate.of(1982, 3, 16), EmploymentStatus.IN_SERVICE, null, null)));
    }

    @Test
    void everyProblemOfARowIsReportedNotJustTheFirst() {
        assertEquals(List.of("residentId", "name", "retiredOn", "bankCard"),
                fields(record("310115198203150413", " ", null, null, EmploymentStatus.RETIRED, null, "12ab")));
    }

    @Test
    void aRetiredMemberNeedsAPlausibleRetirementDate() {
        assertEquals(List.of("retiredOn"), fields(record("310115198203150412", "王建国", null, null, EmploymentStatus.RETIRED, LocalDate.of(2027, 1, 1), null)));
        assertEquals(List.of("retiredOn"), fields(record("310115198203150412", "王建国", null, null, EmploymentStatus.IN_SERVICE, LocalDate.of(2020, 1, 1), null)));
        assertTrue(fields(record("310115198203150412", "王建国", null, null, EmploymentStatus.RETIRED, LocalDate.of(2026, 3, 15), null)).isEmpty());
    }
}
