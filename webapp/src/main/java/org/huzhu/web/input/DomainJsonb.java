package org.huzhu.web.input;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.DomainValues;
import org.huzhu.platform.api.PlatformMessages;

/**
 * JSON bodies as the API reads them: JSON-B's defaults (answers are written exactly as before), but every text, date,
 * month and amount read is first checked against {@link DomainValues}; a value outside them is a 400 problem that says
 * which value and why, never something stored wrong or a fault of the database.
 */
@Provider
public class DomainJsonb implements ContextResolver<Jsonb> {

    /** Created once, when the API first reads or writes JSON. */
    private static final class Configured {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new Text(), new Dates(), new Months(), new Amounts(),
                new Integers(), new Longs()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return Configured.JSONB;
    }

    /**
     * The value's text, or null for JSON null; a value of another kind (true, an object, a list where text, a date or an
     * amount belongs) is unreadable, as JSON-B's own reading says.
     */
    static String text(JsonParser parser) {
        JsonValue value = parser.getValue();
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new JsonbException("a value of the wrong kind: " + value.getValueType());
        };
    }

    static DomainException invalid(String code, Object value) {
        String shown = String.valueOf(value);
        return new DomainException(PlatformMessages.BUNDLE, code, DomainException.Kind.INVALID,
                shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
    }

    /** Text: no control character but tab, line feed and carriage return (notes have lines), no bidirectional control. */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String text = text(parser);
            if (!DomainValues.cleanText(text)) {
                throw invalid("problem.value.text", text.replaceAll("\\p{Cntrl}|[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "�"));
            }
            return text;
        }
    }

    static final class Dates implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return plausible(text(parser), LocalDate::parse, DomainValues::plausible, "problem.value.date");
        }
    }

    static final class Months implements JsonbDeserializer<YearMonth> {
        @Override
        public YearMonth deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return plausible(text(parser), YearMonth::parse, DomainValues::plausible, "problem.value.month");
        }
    }

    /** A date or month read from its text and within the scheme's years; {@code code} names the problem otherwise. */
    private static <T> T plausible(String text, java.util.function.Function<String, T> parse, java.util.function.Predicate<T> plausible,
                                   String code) {
        if (text == null) {
            return null;
        }
        T value;
        try {
            value = parse.apply(text);
        } catch (DateTimeParseException notOne) {
            throw invalid(code, text);
        }
        if (!plausible.test(value)) {
            throw invalid(code, text);
        }
        return value;
    }

    /** Amounts as JSON numbers or text ("20000.00"), within the money columns. */
    static final class Amounts implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String text = text(parser);
            if (text == null) {
                return null;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                throw invalid("problem.value.amount", text);
            }
            if (!DomainValues.fitsMoney(amount)) {
                throw invalid("problem.value.amount", text);
            }
            return amount;
        }
    }

    /** A whole number read as a whole number: JSON-B read 1099511627776 days in hospital as 0 (it kept the low 32 bits). */
    static BigDecimal whole(JsonParser parser, BigDecimal limit) {
        String text = text(parser);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text.strip());
            if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(limit) <= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw invalid("problem.value.integer", text);
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = whole(parser, BigDecimal.valueOf(Integer.MAX_VALUE));
            return number == null ? null : number.intValueExact();
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = whole(parser, BigDecimal.valueOf(Long.MAX_VALUE));
            return number == null ? null : number.longValueExact();
        }
    }
}
