package org.huzhu.claims.feed;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.ClaimIntake;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.InvalidInputException;
import org.huzhu.platform.api.Messages;
import org.huzhu.platform.api.tabular.Table;
import org.huzhu.platform.api.tabular.TabularFiles;

/**
 * Claims without a form (免申即享): a hospital settlement feed (CSV in UTF-8 or GBK, or XLSX) whose rows
 * become claims, filed and assessed like any other (each row in its own transaction). Rows that match no
 * member, no cover, or fail a check are reported with the reason, never dropped silently.
 */
@ApplicationScoped
public class SettlementFeed {

    public static final List<String> COLUMNS = List.of("resident_id", "plan_code", "type", "service_date", "end_date", "days_in_hospital",
            "hospital", "hospital_level", "icd10", "total_cost", "basic_insurance_paid", "in_scope_self_pay", "out_of_scope_self_pay",
            "invoice_no");
    private static final List<String> REQUIRED = List.of("resident_id", "plan_code", "service_date", "total_cost",
            "basic_insurance_paid", "in_scope_self_pay", "out_of_scope_self_pay", "invoice_no");

    @Inject
    ClaimIntake intake;

    public record RowProblem(int row, String residentId, String code, String message) {
    }

    public record Report(int rowsRead, int claimsCreated, List<String> claims, List<RowProblem> problems) {
    }

    public Report load(byte[] file, String user, Locale locale) {
        Table table;
        try {
            table = TabularFiles.read(new ByteArrayInputStream(file));
        } catch (DomainException limit) {
            throw limit;
        } catch (IOException | RuntimeException e) {
            throw ClaimsProblem.invalid("feed.columns", String.join(", ", REQUIRED));
        }
        List<String> header = table.header().stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.containsAll(REQUIRED)) {
            throw ClaimsProblem.invalid("feed.columns", String.join(", ", REQUIRED));
        }
        List<String> created = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String residentId = cell(row, header, "resident_id");
            try {
                ClaimRequests.NewClaim claim = claim(row, header);
                long id = intake.file(claim, "FEED", user);
                created.add(ClaimsProblem.reference(id));
            } catch (InvalidInputException invalid) {
                String message = invalid.problems().stream().map(p -> p.field() + ": " + p.message(locale)).collect(Collectors.joining("; "));
                problems.add(new RowProblem(row.number(), residentId, invalid.code(), rowText(row.number(), message, locale)));
            } catch (DomainException refused) {
                problems.add(new RowProblem(row.number(), residentId, refused.code(), rowText(row.number(), refused.detail(locale), locale)));
            } catch (RowException unreadable) {
                problems.add(new RowProblem(row.number(), residentId, "claim.field.required",
                        rowText(row.number(), unreadable.getMessage() + ": " + Messages.get(ClaimsMessages.BUNDLE,
                                unreadable.code, locale), locale)));
            }
        }
        return new Report(table.rows().size(), created.size(), created, problems);
    }

    private static String rowText(int row, String message, Locale locale) {
        return Messages.get(ClaimsMessages.BUNDLE, "feed.row", locale, row, message);
    }

    private static ClaimRequests.NewClaim claim(Table.Row row, List<String> header) {
        String type = cell(row, header, "type");
        ClaimType claimType;
        try {
            claimType = type.isEmpty() ? ClaimType.INPATIENT : ClaimType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException("type", "claim.field.required");
        }
        String days = cell(row, header, "days_in_hospital");
        Integer daysInHospital;
        try {
            daysInHospital = days.isEmpty() ? null : Integer.valueOf(days);
        } catch (NumberFormatException e) {
            throw new RowException("days_in_hospital", "claim.field.required");
        }
        String invoice = cell(row, header, "invoice_no");
        return new ClaimRequests.NewClaim(cell(row, header, "resident_id"), cell(row, header, "plan_code"), claimType,
                date(row, header, "service_date"), date(row, header, "end_date"), daysInHospital, cell(row, header, "hospital"),
                cell(row, header, "hospital_level"), cell(row, header, "icd10"), null, money(row, header, "total_cost"),
                money(row, header, "basic_insurance_paid"), money(row, header, "in_scope_self_pay"),
                money(row, header, "out_of_scope_self_pay"), invoice.isEmpty() ? List.of() : List.of(invoice), null, null);
    }

    private static String cell(Table.Row row, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 ? "" : row.cell(index);
    }

    private static LocalDate date(Table.Row row, List<String> header, String column) {
        String text = cell(row, header, column);
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowException(column, "claim.field.required");
        }
    }

    private static BigDecimal money(Table.Row row, List<String> header, String column) {
        String text = cell(row, header, column);
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RowException(column, "claim.amount.invalid");
        }
    }

    /** A cell that cannot be read; its message is the column. */
    private static final class RowException extends RuntimeException {
        private final String code;

        RowException(String column, String code) {
            super(column, null, false, false);
            this.code = code;
        }
    }
}
