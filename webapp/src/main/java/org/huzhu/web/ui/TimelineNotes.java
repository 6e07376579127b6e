package org.huzhu.web.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of a claim's timeline in the reader's language. The claims module writes a short note with each event:
 * what the person typed (a pend, an appeal), or for the system's own steps a note of fixed shape in English
 * ({@code payable 2500.00}, {@code batch 3, 2500.00}, {@code DOCUMENTS_MISSING: 发票缺失}). Those shapes are told here
 * in words from the pages' bundle, with money as people write it; what a person typed is shown as it was typed.
 */
final class TimelineNotes {

    private static final String AMOUNT = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern ASSESSED = Pattern.compile("payable " + AMOUNT + "(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern APPROVED = Pattern.compile("approved " + AMOUNT + "(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern REASON = Pattern.compile("([A-Z][A-Z_]*)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern DOCUMENT = Pattern.compile("([A-Z][A-Z_]*) \\d+");
    private static final Pattern BATCH = Pattern.compile("batch (\\d+), " + AMOUNT + "( to the union account)?");
    private static final Pattern FAILED = Pattern.compile("batch (\\d+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern REASSESSED = Pattern.compile("after .*: " + AMOUNT + " -> " + AMOUNT, Pattern.DOTALL);

    private TimelineNotes() {
    }

    /** The note of an event of this action, in words; empty when there is nothing to say. */
    static String describe(String action, String note, Locale locale) {
        if (note == null || note.isBlank()) {
            return "";
        }
        Matcher m;
        switch (action == null ? "" : action) {
            case "FILE":
                return "settlement feed".equals(note) ? Pages.textIn(locale, "timeline.feed") : note;
            case "REQUEST":
                return "member request".equals(note) ? Pages.textIn(locale, "timeline.request") : note;
            case "COMPLETE":
                return "completed at intake".equals(note) ? Pages.textIn(locale, "timeline.completed") : note;
            case "ASSESS":
                if ((m = ASSESSED.matcher(note)).matches()) {
                    return withNote(Pages.textIn(locale, "timeline.assessed", money(m.group(1))), m.group(2), locale);
                }
                return note;
            case "APPROVE":
                if ((m = APPROVED.matcher(note)).matches()) {
                    return withNote(Pages.textIn(locale, "timeline.approved", money(m.group(1))), m.group(2), locale);
                }
                return note;
            case "REJECT", "APPEAL_REJECTED":
                if ((m = REASON.matcher(note)).matches()) {
                    return withNote(Pages.textIn(locale, "reject." + m.group(1)), m.group(2), locale);
                }
                return note;
            case "DOCUMENT":
                if ((m = DOCUMENT.matcher(note)).matches()) {
                    return Pages.textIn(locale, "timeline.document", Pages.textIn(locale, "doc." + m.group(1)));
                }
                return note;
            case "BATCH", "PAID":
                if ((m = BATCH.matcher(note)).matches()) {
                    String key = "PAID".equals(action) ? "timeline.paid" : m.group(3) != null ? "timeline.batchUnion" : "timeline.batch";
                    return Pages.textIn(locale, key, m.group(1), money(m.group(2)));
                }
                return note;
            case "PAYMENT_FAILED":
                if ((m = FAILED.matcher(note)).matches()) {
                    return withNote(Pages.textIn(locale, "timeline.paymentFailed", m.group(1)), m.group(2), locale);
                }
                return note;
            case "REASSESS_YEAR":
                if ((m = REASSESSED.matcher(note)).matches()) {
                    return Pages.textIn(locale, "timeline.reassessed", money(m.group(1)), money(m.group(2)));
                }
                return note;
            default:
                return note;
        }
    }

    private static String withNote(String said, String typed, Locale locale) {
        return typed == null || typed.isBlank() ? said : Pages.textIn(locale, "timeline.withNote", said, typed);
    }

    private static String money(String amount) {
        return Formats.money(new BigDecimal(amount));
    }
}
