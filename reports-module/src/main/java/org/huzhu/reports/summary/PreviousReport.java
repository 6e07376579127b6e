package org.huzhu.reports.summary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the comparison of actual and expected development ({@link DevelopmentBacktest}) needs of the previous month's
 * stored report, read back from its figures JSON ({@link SummaryJson}): the reported amount of each month of service
 * and the factors the report selected, at the precision it used them. A report stored before the selection was kept
 * gives its development factors as shown (6 decimals, volume-weighted, no tail).
 *
 * @param month    the previous report's month
 * @param revision its revision
 * @param reported the reported amount by month of service (the last cell of each triangle row)
 * @param factors  the selected factor by lag (from that lag to the next)
 * @param tail     its tail factor, 1 for none
 */
public record PreviousReport(YearMonth month, int revision, Map<YearMonth, BigDecimal> reported, List<BigDecimal> factors, BigDecimal tail) {

    public PreviousReport {
        Objects.requireNonNull(month, "month");
        reported = Collections.unmodifiableMap(new TreeMap<>(reported));
        factors = List.copyOf(factors);
        Objects.requireNonNull(tail, "tail");
    }

    /** The factor of the step from {@code lag} to the next: the selected factor, or the tail beyond the last lag. */
    public BigDecimal factorFrom(int lag) {
        return lag < factors.size() ? factors.get(lag) : tail;
    }

    /** Reads the stored figures (a {@code MonthlySummary} as JSON) of {@code month}'s revision {@code revision}. */
    public static PreviousReport fromSummaryJson(YearMonth month, int revision, String json) {
        JsonObject summary;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            summary = reader.readObject();
        }
        JsonObject triangle = summary.getJsonObject("triangle");
        Map<YearMonth, BigDecimal> reported = new TreeMap<>();
        for (JsonObject row : triangle.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            JsonArray amounts = row.getJsonArray("amounts");
            for (int k = amounts.size() - 1; k >= 0; k--) {
                if (amounts.get(k).getValueType() == JsonValue.ValueType.NUMBER) {
                    reported.put(YearMonth.parse(row.getString("monthOfService")), amounts.getJsonNumber(k).bigDecimalValue());
                    break;
                }
            }
        }
        List<BigDecimal> factors = new ArrayList<>();
        BigDecimal tail = BigDecimal.ONE;
        JsonValue selection = triangle.get("selection");
        if (selection != null && selection.getValueType() == JsonValue.ValueType.OBJECT) {
            for (JsonObject factor : selection.asJsonObject().getJsonArray("factors").getValuesAs(JsonObject.class)) {
                factors.add(factor.getJsonNumber("selected").bigDecimalValue());
            }
            JsonValue chosenTail = selection.asJsonObject().get("tail");
            if (chosenTail != null && chosenTail.getValueType() == JsonValue.ValueType.NUMBER) {
                tail = selection.asJsonObject().getJsonNumber("tail").bigDecimalValue();
            }
        } else if (triangle.get("developmentFactors") instanceof JsonArray shown) {
            for (int k = 0; k < shown.size(); k++) {
                factors.add(shown.getJsonNumber(k).bigDecimalValue());
            }
        }
        return new PreviousReport(month, revision, reported, factors, tail);
    }
}
