package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.insurance.api.rules.RuleNames;
import org.huzhu.platform.api.BusinessClock;

/**
 * How pages write what is not a sentence: money with thousands separators and two decimals, times to the minute in
 * Shanghai, file sizes, and the names of codes (plans, benefits, disease classes) in the reader's language. On pages
 * as {@code #{fmt.money(x)}}.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    PlanCatalogue catalogue;

    private Map<String, String> planNames;

    /** 12345.6 → "12,345.60"; nothing for nothing. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A figure with thousands separators, keeping its decimals (at most four): 1234.5000 → "1,234.5000". */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int decimals = Math.max(0, Math.min(4, value.scale()));
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static final java.util.regex.Pattern LONG_AMOUNT = java.util.regex.Pattern.compile("(?<![\\d.,])(\\d{4,})(?=\\.\\d)");

    /**
     * A sentence whose amounts get thousands separators: the claims module writes the amounts of its explanation lines
     * exactly and without grouping (the API's text), the pages group them. Only numbers with decimals are amounts:
     * dates, days and codes stay as they are. "年度限额 15000.00 元" → "年度限额 15,000.00 元".
     */
    public static String grouped(String sentence) {
        if (sentence == null) {
            return "";
        }
        java.util.regex.Matcher number = LONG_AMOUNT.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(out, String.format(Locale.ROOT, "%,d", new java.math.BigInteger(number.group(1))));
        }
        number.appendTail(out);
        return out.toString();
    }

    public String sentence(String text) {
        return grouped(text);
    }

    /** A moment to the minute, in Shanghai time: "2026-12-07 09:41". */
    public static String minute(Object moment) {
        if (moment == null) {
            return "";
        }
        TemporalAccessor local = null;
        if (moment instanceof LocalDateTime time) {
            local = time;
        } else if (moment instanceof OffsetDateTime time) {
            local = time.atZoneSameInstant(BusinessClock.ZONE);
        } else if (moment instanceof ZonedDateTime time) {
            local = time.withZoneSameInstant(BusinessClock.ZONE);
        } else if (moment instanceof Instant time) {
            local = time.atZone(BusinessClock.ZONE);
        } else if (moment instanceof java.util.Date time) {
            local = time.toInstant().atZone(BusinessClock.ZONE);
        }
        return local == null ? String.valueOf(moment) : MINUTE.format(local);
    }

    /** A file's size as people say it: "225 字节", "1.5 KB", "2.3 MB". */
    public static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return Pages.textIn(locale, "size.bytes", bytes);
        }
        double kilobytes = bytes / 1024.0;
        return kilobytes < 1024 ? String.format(Locale.ROOT, "%.1f KB", kilobytes) : String.format(Locale.ROOT, "%.1f MB", kilobytes / 1024);
    }

    public String amount(BigDecimal amount) {
        return money(amount);
    }

    /** A ratio as people write it: at least two decimals, no trailing zeros beyond them ("0.90", "0.875", "1.20"). */
    public String ratio(BigDecimal ratio) {
        return ratioText(ratio);
    }

    static String ratioText(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        BigDecimal shown = ratio.stripTrailingZeros();
        return (shown.scale() < 2 ? shown.setScale(2) : shown).toPlainString();
    }

    /** A resident ID as lists show it: {@code 3101********0412}. */
    public String maskedId(String residentId) {
        return org.huzhu.platform.api.PersonalData.maskId(residentId);
    }

    public String time(Object moment) {
        return minute(moment);
    }

    public String bytes(long bytes) {
        return size(bytes, Pages.locale());
    }

    /** A plan's name in the reader's language (its code when the plan is unknown). */
    public String plan(String code) {
        if (code == null) {
            return "";
        }
        if (planNames == null) {
            planNames = new HashMap<>();
            for (PlanSummary plan : catalogue.plans(Pages.locale())) {
                planNames.put(plan.code(), plan.name());
            }
        }
        return planNames.getOrDefault(code, code);
    }

    /** A benefit's or shared limit's name. */
    public String benefit(String code) {
        return RuleNames.benefit(code, Pages.locale());
    }

    public String disease(String code) {
        return RuleNames.disease(code, Pages.locale());
    }
}
