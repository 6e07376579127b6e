package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.huzhu.platform.api.DomainException;
import org.huzhu.reports.reserving.DevelopmentAverage;
import org.huzhu.reports.reserving.Weighting;

/**
 * How the actuary who starts a run selects the development factors of the reported triangle: which diagonals are
 * averaged and how, whether each column's highest and lowest link ratio are left out, factors overridden by lag, and a
 * tail factor. Any choice other than the defaults (all months of the window, volume-weighted, nothing left out, no
 * override, no tail) needs a reason; who chose is the user who starts the run.
 *
 * <p>They travel as job parameters ({@link #jobParameters()}, read back by {@link #parse}) and are stored with the
 * revision ({@link #describe()} in its parameters, the reason in its own column). Bad input is refused with a
 * localised 400 before any job starts.
 *
 * @param average        which calendar diagonals of the window the factors average
 * @param weighting      volume-weighted or simple average of the link ratios
 * @param excludeHighLow leave out each column's highest and lowest link ratio where enough remain
 * @param overrides      selected factor by report lag (the factor from lag k to k + 1), replacing the average; which
 *                       lags the triangle has is checked with its length ({@link MonthlyFigures.Parameters})
 * @param tail           development beyond the window's last lag (≥ 1); {@code null}: none
 * @param reason         why the choices differ from the defaults; {@code null} for the defaults
 */
public record ReservingChoices(Average average, Weighting weighting, boolean excludeHighLow, SortedMap<Integer, BigDecimal> overrides,
                               BigDecimal tail, String reason) {

    /** The longest reason stored. */
    public static final int REASON_LENGTH = 1000;

    /** Volume-weighted over all months of the window, nothing left out or overridden, no tail: the figures as before. */
    public static final ReservingChoices DEFAULTS = new ReservingChoices(Average.ALL, Weighting.VOLUME, false, new TreeMap<>(), null, null);

    /** The calendar diagonals (months of receipt) the factors average. */
    public enum Average {
        ALL(DevelopmentAverage.ALL_DIAGONALS), LAST_12(12), LAST_6(6), LAST_3(3);

        private final int diagonals;

        Average(int diagonals) {
            this.diagonals = diagonals;
        }

        public int diagonals() {
            return diagonals;
        }
    }

    public ReservingChoices {
        if (average == null || weighting == null) {
            throw new IllegalArgumentException("an average and a weighting are needed");
        }
        overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides == null ? Map.of() : overrides));
        overrides.forEach((lag, factor) -> {
            if (factor == null || factor.signum() <= 0) {
                throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.override.factor", lag, factor);
            }
        });
        if (tail != null && tail.compareTo(BigDecimal.ONE) < 0) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.tail.invalid", tail.toPlainString());
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.reason.tooLong", REASON_LENGTH);
        }
        if (reason == null && !(average == Average.ALL && weighting == Weighting.VOLUME && !excludeHighLow && overrides.isEmpty()
                && tail == null)) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.reason.required");
        }
    }

    /** Whether these are the defaults (a reason aside). */
    public boolean isDefault() {
        return average == Average.ALL && weighting == Weighting.VOLUME && !excludeHighLow && overrides.isEmpty() && tail == null;
    }

    /** The averaging rule for the reserving library. */
    public DevelopmentAverage developmentAverage() {
        return new DevelopmentAverage(average.diagonals(), weighting, excludeHighLow);
    }

    /**
     * Reads the choices as the API and the job parameters give them (each {@code null} or blank for its default):
     * {@code average} ALL, LAST_12, LAST_6 or LAST_3; {@code weighting} VOLUME or SIMPLE; {@code excludeHighLow} true
     * or false; {@code overrides} as {@code lag:factor} pairs separated by commas, e.g. {@code 3:1.02,5:1.001};
     * {@code tail} a number ≥ 1; {@code reason} free text. Anything unreadable is refused (400).
     */
    public static ReservingChoices parse(String average, String weighting, String excludeHighLow, String overrides, String tail,
                                         String reason) {
        return new ReservingChoices(
                blank(average) ? Average.ALL : named(Average.class, average, "reports.average.unknown"),
                blank(weighting) ? Weighting.VOLUME : named(Weighting.class, weighting, "reports.weighting.unknown"),
                !blank(excludeHighLow) && flag(excludeHighLow),
                blank(overrides) ? new TreeMap<>() : overrides(overrides),
                blank(tail) ? null : number(tail, "reports.tail.invalid"),
                reason);
    }

    /** Reads them back from the job's parameters (as {@link #jobParameters()} wrote them). */
    public static ReservingChoices parse(Function<String, String> parameter) {
        return parse(parameter.apply("average"), parameter.apply("weighting"), parameter.apply("excludeHighLow"),
                parameter.apply("overrides"), parameter.apply("tail"), parameter.apply("reason"));
    }

    /** The job parameters that carry these choices; the defaults carry none. */
    public Map<String, String> jobParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (average != Average.ALL) {
            parameters.put("average", average.name());
        }
        if (weighting != Weighting.VOLUME) {
            parameters.put("weighting", weighting.name());
        }
        if (excludeHighLow) {
            parameters.put("excludeHighLow", "true");
        }
        if (!overrides.isEmpty()) {
            parameters.put("overrides", overridesText());
        }
        if (tail != null) {
            parameters.put("tail", tail.toPlainString());
        }
        if (reason != null) {
            parameters.put("reason", reason);
        }
        return parameters;
    }

    /** The choices as the revision's parameters text shows them, e.g. {@code average=LAST_6;weighting=SIMPLE;excludeHighLow=true;overrides=3:1.02;tail=1.01}. */
    public String describe() {
        StringBuilder text = new StringBuilder("average=").append(average.name()).append(";weighting=").append(weighting.name())
                .append(";excludeHighLow=").append(excludeHighLow);
        if (!overrides.isEmpty()) {
            text.append(";overrides=").append(overridesText());
        }
        if (tail != null) {
            text.append(";tail=").append(tail.toPlainString());
        }
        return text.toString();
    }

    private String overridesText() {
        StringBuilder text = new StringBuilder();
        overrides.forEach((lag, factor) -> text.append(text.length() == 0 ? "" : ",").append(lag).append(':').append(factor.toPlainString()));
        return text.toString();
    }

    private static SortedMap<Integer, BigDecimal> overrides(String text) {
        SortedMap<Integer, BigDecimal> overrides = new TreeMap<>();
        for (String pair : text.split(",", -1)) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2) {
                throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.override.unreadable", pair.strip());
            }
            int lag;
            try {
                lag = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.override.unreadable", pair.strip());
            }
            BigDecimal factor = number(parts[1], "reports.override.unreadable", pair.strip());
            if (overrides.put(lag, factor) != null) {
                throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.override.twice", lag);
            }
        }
        return overrides;
    }

    private static BigDecimal number(String text, String code, Object... shown) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            if (number.precision() - number.scale() > 6 || number.scale() > 12) {
                throw new NumberFormatException("out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, code, shown.length == 0 ? text.strip() : shown[0]);
        }
    }

    private static boolean flag(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.excludeHighLow.unreadable", text.strip());
        }
        return value.equals("true");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, String code) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, code, text.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
