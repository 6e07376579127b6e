package org.huzhu.insurance.enrolment.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.Sex;

/** Reads the values that spreadsheet users type: 是/否, 男/女, 在职/退休, dates in several forms or as Excel serials. */
public final class CellParsers {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter[] DATES = {
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.ofPattern("uuuu-M-d")};

    private CellParsers() {
    }

    /** Empty cells give the fallback; unreadable ones give empty. */
    public static Optional<Boolean> yesNo(String cell, boolean fallback) {
        String value = cell.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.of(fallback);
        }
        return switch (value) {
            case "是", "有", "y", "yes", "true", "1", "√" -> Optional.of(true);
            case "否", "无", "n", "no", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    public static Optional<Sex> sex(String cell) {
        return switch (cell.strip().toUpperCase(Locale.ROOT)) {
            case "男", "M", "MALE" -> Optional.of(Sex.MALE);
            case "女", "F", "FEMALE" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    public static Optional<EmploymentStatus> status(String cell) {
        return switch (cell.strip().toUpperCase(Locale.ROOT)) {
            case "在职", "IN_SERVICE", "IN SERVICE", "WORKING" -> Optional.of(EmploymentStatus.IN_SERVICE);
            case "退休", "RETIRED" -> Optional.of(EmploymentStatus.RETIRED);
            default -> Optional.empty();
        };
    }

    public static Optional<LocalDate> date(String cell) {
        String value = cell.strip();
        if (value.matches("\\d{5}(\\.\\d+)?")) {
            return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(value))).filter(org.huzhu.platform.api.DomainValues::plausible);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format.withResolverStyle(java.time.format.ResolverStyle.STRICT)))
                        .filter(org.huzhu.platform.api.DomainValues::plausible);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    public static Optional<Integer> positiveInteger(String cell) {
        try {
            int value = Integer.parseInt(cell.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
