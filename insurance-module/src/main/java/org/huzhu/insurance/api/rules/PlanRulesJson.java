package org.huzhu.insurance.api.rules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.huzhu.insurance.api.InsuranceMessages;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.Sex;
import org.huzhu.platform.api.DomainException;

/**
 * Reads and writes the {@code rules} document of a plan version (format 2, see the V3 migration). Money,
 * rates and fractions are written as JSON strings so that no reader turns them into binary floating point;
 * the reader accepts strings or numbers. A document that cannot be read fails with a
 * {@link DomainException} naming the field; whether the rules make sense is the validator's business.
 */
public final class PlanRulesJson {

    public static final int FORMAT = 2;

    private PlanRulesJson() {
    }

    public static PlanRules read(String json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException(InsuranceMessages.BUNDLE, "rules.json.malformed", DomainException.Kind.INVALID,
                    String.valueOf(e.getMessage()));
        }
        return new Node(root, "").rules();
    }

    public static String write(PlanRules rules) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("period", Json.createObjectBuilder()
                        .add("start", rules.period().start().toString())
                        .add("end", rules.period().end().toString())
                        .add("cycleYears", rules.period().cycleYears()))
                .add("shares", Json.createObjectBuilder().add("max", rules.maxShares()))
                .add("eligibility", eligibility(rules.eligibility()))
                .add("group", Json.createObjectBuilder()
                        .add("minimumFraction", rules.group().minimumFraction().toPlainString())
                        .add("allRequiredUpTo", rules.group().allRequiredUpTo()))
                .add("premium", premium(rules.premium()))
                .add("cover", Json.createObjectBuilder()
                        .add("midPeriodStart", rules.cover().midPeriodStart().name())
                        .add("paymentDueDays", rules.cover().paymentDueDays())
                        .add("waitingPeriodMonths", rules.cover().waitingPeriodMonths()))
                .add("claimTimeLimitMonths", rules.claimTimeLimitMonths())
                .add("refund", rules.refund().name());
        JsonArrayBuilder benefits = Json.createArrayBuilder();
        rules.benefits().forEach(benefit -> benefits.add(benefit(benefit)));
        root.add("benefits", benefits);
        JsonArrayBuilder groups = Json.createArrayBuilder();
        rules.capGroups().forEach(group -> groups.add(cap(group.cap()).add("code", group.code())));
        root.add("capGroups", groups);
        return root.build().toString();
    }

    private static JsonObjectBuilder eligibility(EligibilityRule rule) {
        JsonArrayBuilder statuses = Json.createArrayBuilder();
        for (EmploymentStatus status : EmploymentStatus.values()) {
            if (rule.employment().contains(status)) {
                statuses.add(status.name());
            }
        }
        JsonObjectBuilder ages = Json.createObjectBuilder();
        for (Sex sex : Sex.values()) {
            rule.maxAgeExclusive(sex).ifPresent(age -> ages.add(sex.code(), age));
        }
        return Json.createObjectBuilder()
                .add("employment", statuses)
                .add("maxAgeExclusive", ages)
                .add("basicInsuranceRequired", rule.basicInsuranceRequired())
                .add("modelWorkersAlwaysEnrolled", rule.modelWorkersAlwaysEnrolled());
    }

    private static JsonObjectBuilder premium(PremiumRule rule) {
        JsonArrayBuilder tiers = Json.createArrayBuilder();
        for (PremiumTier tier : rule.tiers()) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            tier.unitAverageAgeBelow().ifPresent(bound -> json.add("unitAverageAgeBelow", bound.toPlainString()));
            tiers.add(json.add("amount", tier.amount().toPlainString()));
        }
        JsonArrayBuilder payers = Json.createArrayBuilder();
        rule.payers().forEach(payer -> payers.add(Json.createObjectBuilder()
                .add("payer", payer.payer().name()).add("fraction", payer.fraction().toPlainString())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("basis", rule.basis().name())
                .add("tiers", tiers)
                .add("payers", payers)
                .add("midPeriodJoiner", rule.midPeriodJoiner().name());
        rule.expectedLossRatio().ifPresent(ratio -> json.add("expectedLossRatio", ratio.toPlainString()));
        return json;
    }

    private static JsonObjectBuilder cap(Cap cap) {
        return Json.createObjectBuilder().add("amount", cap.amount().toPlainString()).add("per", cap.per().name());
    }

    private static JsonObjectBuilder benefit(BenefitRule benefit) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (benefit instanceof LumpSumBenefit lumpSum) {
            JsonArrayBuilder classes = Json.createArrayBuilder();
            lumpSum.classes().forEach(c -> classes.add(diseaseClass(c)));
            json.add("type", "LUMP_SUM").add("code", lumpSum.code())
                    .add("sumPerShare", lumpSum.sumPerShare().toPlainString())
                    .add("oncePerCycle", lumpSum.oncePerCycle())
                    .add("classes", classes);
        } else if (benefit instanceof ReimbursementBenefit reimbursement) {
            JsonArrayBuilder categories = Json.createArrayBuilder();
            for (ReimbursementCategory category : ReimbursementCategory.values()) {
                if (reimbursement.categories().contains(category)) {
                    categories.add(category.name());
                }
            }
            JsonArrayBuilder bands = Json.createArrayBuilder();
            for (CoInsuranceBand band : reimbursement.bands()) {
                JsonObjectBuilder b = Json.createObjectBuilder().add("from", band.from().toPlainString());
                band.to().ifPresent(to -> b.add("to", to.toPlainString()));
                bands.add(b.add("rate", band.rate().toPlainString()));
            }
            json.add("type", "REIMBURSEMENT").add("code", reimbursement.code())
                    .add("categories", categories)
                    .add("deductible", reimbursement.deductible().toPlainString())
                    .add("bands", bands);
            reimbursement.cap().ifPresent(cap -> json.add("cap", cap(cap)));
            reimbursement.capGroup().ifPresent(group -> json.add("capGroup", group));
        } else if (benefit instanceof DailyAllowanceBenefit allowance) {
            json.add("type", "DAILY_ALLOWANCE").add("code", allowance.code())
                    .add("amountPerDayPerShare", allowance.amountPerDayPerShare().toPlainString())
                    .add("maxDays", allowance.maxDays());
        } else if (benefit instanceof DeathBenefit death) {
            json.add("type", "DEATH").add("code", death.code())
                    .add("amountPerShare", death.amountPerShare().toPlainString());
        }
        return json;
    }

    private static JsonObjectBuilder diseaseClass(DiseaseClass diseaseClass) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", diseaseClass.code()).add("stage", diseaseClass.stage().name());
        diseaseClass.amountPerShare().ifPresent(amount -> json.add("amountPerShare", amount.toPlainString()));
        diseaseClass.rateOfSum().ifPresent(rate -> json.add("rateOfSum", rate.toPlainString()));
        JsonArrayBuilder ranges = Json.createArrayBuilder();
        diseaseClass.icd10().forEach(range -> ranges.add(range.toString()));
        return json.add("icd10", ranges);
    }

    /** A JSON object with its path in the document, for error messages. */
    private record Node(JsonObject json, String path) {

        PlanRules rules() {
            int format = integer("format");
            if (format != FORMAT) {
                throw bad("format", format);
            }
            Node period = object("period");
            Node cover = object("cover");
            return new PlanRules(
                    new CoveragePeriod(period.date("start"), period.date("end"), period.integer("cycleYears")),
                    object("shares").integer("max"),
                    object("eligibility").eligibility(),
                    optionalObject("group").map(Node::group).orElse(GroupRequirement.SHANGHAI_2024),
                    object("premium").premium(),
                    new CoverRule(cover.enumeration("midPeriodStart", CoverStartRule.class),
                            cover.optionalInteger("paymentDueDays").orElse(CoverRule.DEFAULT_PAYMENT_DUE_DAYS),
                            cover.integer("waitingPeriodMonths")),
                    integer("claimTimeLimitMonths"),
                    enumeration("refund", RefundRule.class),
                    objects("benefits").stream().map(Node::benefit).toList(),
                    optionalObjects("capGroups").stream()
                            .map(group -> new CapGroup(group.string("code"), group.cap())).toList());
        }

        EligibilityRule eligibility() {
            Set<EmploymentStatus> statuses = EnumSet.noneOf(EmploymentStatus.class);
            JsonValue employment = json.get("employment");
            if (employment == null || employment.getValueType() == JsonValue.ValueType.NULL) {
                statuses.addAll(EnumSet.allOf(EmploymentStatus.class));
            } else if (employment instanceof JsonString single) {
                statuses.add(parseEnum("employment", single.getString(), EmploymentStatus.class));
            } else {
                strings("employment").forEach(s -> statuses.add(parseEnum("employment", s, EmploymentStatus.class)));
            }
            Map<Sex, Integer> ages = new EnumMap<>(Sex.class);
            optionalObject("maxAgeExclusive").ifPresent(limits -> limits.json.keySet().forEach(key -> {
                Sex sex;
                try {
                    sex = Sex.ofCode(key);
                } catch (IllegalArgumentException e) {
                    throw limits.bad(key, key);
                }
                ages.put(sex, limits.integer(key));
            }));
            return new EligibilityRule(statuses, ages, bool("basicInsuranceRequired", false),
                    bool("modelWorkersAlwaysEnrolled", false));
        }

        GroupRequirement group() {
            return new GroupRequirement(decimal("minimumFraction"), integer("allRequiredUpTo"));
        }

        PremiumRule premium() {
            List<PremiumTier> tiers = objects("tiers").stream()
                    .map(tier -> new PremiumTier(tier.optionalDecimal("unitAverageAgeBelow"), tier.money("amount")))
                    .toList();
            List<PayerShare> payers = objects("payers").stream()
                    .map(payer -> new PayerShare(payer.enumeration("payer", Payer.class), payer.decimal("fraction")))
                    .toList();
            return new PremiumRule(enumeration("basis", PremiumBasis.class), tiers, payers,
                    enumeration("midPeriodJoiner", MidPeriodJoiner.class), optionalDecimal("expectedLossRatio"));
        }

        BenefitRule benefit() {
            String type = string("type");
            return switch (type) {
                case "LUMP_SUM" -> new LumpSumBenefit(string("code"), money("sumPerShare"),
                        bool("oncePerCycle", false), objects("classes").stream().map(Node::diseaseClass).toList());
                case "REIMBURSEMENT" -> new ReimbursementBenefit(string("code"),
                        categories(),
                        money("deductible"),
                        objects("bands").stream().map(band -> new CoInsuranceBand(band.money("from"),
                                band.optionalMoney("to"), band.decimal("rate"))).toList(),
                        optionalObject("cap").map(Node::cap),
                        optionalString("capGroup"));
                case "DAILY_ALLOWANCE" -> new DailyAllowanceBenefit(string("code"), money("amountPerDayPerShare"),
                        integer("maxDays"));
                case "DEATH" -> new DeathBenefit(string("code"), money("amountPerShare"));
                default -> throw bad("type", type);
            };
        }

        Set<ReimbursementCategory> categories() {
            Set<ReimbursementCategory> categories = EnumSet.noneOf(ReimbursementCategory.class);
            strings("categories").forEach(c -> categories.add(parseEnum("categories", c, ReimbursementCategory.class)));
            return categories;
        }

        DiseaseClass diseaseClass() {
            List<IcdRange> ranges = new ArrayList<>();
            for (String text : strings("icd10")) {
                try {
                    ranges.add(IcdRange.parse(text));
                } catch (IllegalArgumentException e) {
                    throw bad("icd10", text);
                }
            }
            return new DiseaseClass(string("code"), enumeration("stage", DiseaseStage.class),
                    optionalMoney("amountPerShare"), optionalDecimal("rateOfSum"), ranges);
        }

        Cap cap() {
            return new Cap(money("amount"), enumeration("per", CapBasis.class));
        }

        // ---- field access ----

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private JsonValue required(String key) {
            JsonValue value = json.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw new DomainException(InsuranceMessages.BUNDLE, "rules.json.missing", DomainException.Kind.INVALID, at(key));
            }
            return value;
        }

        private boolean present(String key) {
            JsonValue value = json.get(key);
            return value != null && value.getValueType() != JsonValue.ValueType.NULL;
        }

        private DomainException bad(String key, Object value) {
            return new DomainException(InsuranceMessages.BUNDLE, "rules.json.badValue", DomainException.Kind.INVALID,
                    at(key), String.valueOf(value));
        }

        private <T> T as(String key, Class<T> type) {
            JsonValue value = required(key);
            if (!type.isInstance(value)) {
                throw bad(key, value);
            }
            return type.cast(value);
        }

        Node object(String key) {
            return new Node(as(key, JsonObject.class), at(key));
        }

        Optional<Node> optionalObject(String key) {
            return present(key) ? Optional.of(object(key)) : Optional.empty();
        }

        List<Node> objects(String key) {
            JsonArray array = as(key, JsonArray.class);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String itemPath = at(key) + "[" + i + "]";
                if (!(array.get(i) instanceof JsonObject item)) {
                    throw new DomainException(InsuranceMessages.BUNDLE, "rules.json.badValue",
                            DomainException.Kind.INVALID, itemPath, String.valueOf(array.get(i)));
                }
                nodes.add(new Node(item, itemPath));
            }
            return nodes;
        }

        List<Node> optionalObjects(String key) {
            return present(key) ? objects(key) : List.of();
        }

        List<String> strings(String key) {
            JsonArray array = as(key, JsonArray.class);
            List<String> values = new ArrayList<>();
            for (JsonValue value : array) {
                if (!(value instanceof JsonString text)) {
                    throw bad(key, value);
                }
                values.add(text.getString());
            }
            return values;
        }

        String string(String key) {
            return as(key, JsonString.class).getString();
        }

        Optional<String> optionalString(String key) {
            return present(key) ? Optional.of(string(key)) : Optional.empty();
        }

        int integer(String key) {
            JsonValue value = required(key);
            try {
                if (value instanceof JsonNumber number) {
                    return number.bigDecimalValue().intValueExact();
                }
            } catch (ArithmeticException e) {
                throw bad(key, value);
            }
            throw bad(key, value);
        }

        Optional<Integer> optionalInteger(String key) {
            return present(key) ? Optional.of(integer(key)) : Optional.empty();
        }

        boolean bool(String key, boolean absent) {
            if (!present(key)) {
                return absent;
            }
            JsonValue value = json.get(key);
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw bad(key, value);
        }

        BigDecimal decimal(String key) {
            JsonValue value = required(key);
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString text) {
                try {
                    return new BigDecimal(text.getString().strip());
                } catch (NumberFormatException e) {
                    throw bad(key, text.getString());
                }
            }
            throw bad(key, value);
        }

        Optional<BigDecimal> optionalDecimal(String key) {
            return present(key) ? Optional.of(decimal(key)) : Optional.empty();
        }

        /** Yuan with at most two decimals, held with exactly two. */
        BigDecimal money(String key) {
            BigDecimal amount = decimal(key);
            try {
                return amount.setScale(2, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw bad(key, amount.toPlainString());
            }
        }

        Optional<BigDecimal> optionalMoney(String key) {
            return present(key) ? Optional.of(money(key)) : Optional.empty();
        }

        LocalDate date(String key) {
            String text = string(key);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(key, text);
            }
        }

        <E extends Enum<E>> E enumeration(String key, Class<E> type) {
            return parseEnum(key, string(key), type);
        }

        <E extends Enum<E>> E parseEnum(String key, String text, Class<E> type) {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw bad(key, text);
            }
        }
    }
}
