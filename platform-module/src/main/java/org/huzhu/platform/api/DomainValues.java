package org.huzhu.platform.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What values Huzhu takes at all, whatever the field: the limits every input is checked against before any rule of a
 * module looks at it, so a value the database or the calendar cannot hold is a 400 problem, never a fault or a value
 * stored wrong (a payment dated 0001-01-01 came back as 0001-12-31).
 *
 * <ul>
 *   <li>Dates from 1900-01-01 (the oldest members' births) to 2199-12-31; months from 1900-01 to 2199-12. The schemes began
 *   in the 1990s; no plan, stay, payment or event lies outside these years.</li>
 *   <li>Amounts within the money columns, {@code numeric(14,2)}: at most 999,999,999,999.99 either way.</li>
 *   <li>Text without control characters (a tab, line feed or carriage return only where text may have lines) and without
 *   the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) that make a name read differently
 *   from what it is ("王\u202Egnp.exe").</li>
 * </ul>
 */
public final class DomainValues {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");

    private DomainValues() {
    }

    /** The date, or a 400 problem ({@code problem.value.date}) when it lies outside the years Huzhu takes. */
    public static LocalDate checked(LocalDate date) {
        if (!plausible(date)) {
            throw new DomainException(PlatformMessages.BUNDLE, "problem.value.date", DomainException.Kind.INVALID, String.valueOf(date));
        }
        return date;
    }

    /** The month, or a 400 problem ({@code problem.value.month}) when it lies outside the years Huzhu takes. */
    public static YearMonth checked(YearMonth month) {
        if (!plausible(month)) {
            throw new DomainException(PlatformMessages.BUNDLE, "problem.value.month", DomainException.Kind.INVALID, String.valueOf(month));
        }
        return month;
    }

    public static boolean plausible(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean plausible(YearMonth month) {
        return month == null || plausible(month.atDay(1));
    }

    /** Within the money columns: at most {@link #MONEY_MAX} either way (the scale is the field's own rule). */
    public static boolean fitsMoney(BigDecimal amount) {
        return amount == null || amount.abs().compareTo(MONEY_MAX) <= 0;
    }

    /** An amount of yuan as the money columns keep it: within them, and no fraction of a fen. */
    public static boolean isMoney(BigDecimal amount) {
        return amount == null || fitsMoney(amount) && amount.stripTrailingZeros().scale() <= 2;
    }

    /** Text that may have lines (a note): no control character but tab, line feed and carriage return, no bidirectional control. */
    public static boolean cleanText(String text) {
        return text == null || text.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || allowed(c));
    }

    /** Text of one line (a name, a code, a parameter): no control character at all, no bidirectional control. */
    public static boolean cleanLine(String text) {
        return text == null || text.codePoints().allMatch(DomainValues::allowed);
    }

    private static boolean allowed(int c) {
        if (c < 0x20 || c >= 0x7F && c < 0xA0) {
            return false;
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return false; // half of a pair: no character at all
        }
        return c != 0x061C && c != 0x200E && c != 0x200F && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069);
    }
}
