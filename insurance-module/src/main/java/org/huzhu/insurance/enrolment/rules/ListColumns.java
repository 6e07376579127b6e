package org.huzhu.insurance.enrolment.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an uploaded member list, recognised by their Chinese or English header (case and spaces
 * ignored). Only the resident ID and the name are required.
 */
public enum ListColumns {
    RESIDENT_ID(true, "身份证号", "身份证号码", "公民身份号码", "residentid", "idnumber"),
    NAME(true, "姓名", "name"),
    SEX(false, "性别", "sex"),
    BIRTH_DATE(false, "出生日期", "birthdate"),
    STATUS(false, "在职状态", "人员状态", "状态", "status"),
    RETIRED_ON(false, "退休日期", "retiredon"),
    BASIC_INSURANCE(false, "参加职工医保", "职工医保", "医保", "basicinsurance"),
    HARDSHIP(false, "困难职工", "hardship"),
    MODEL_WORKER(false, "劳模", "modelworker"),
    BANK_CARD(false, "银行卡号", "bankcard"),
    SHARES(false, "份数", "shares");

    private final boolean required;
    private final List<String> headers;

    ListColumns(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** Column positions of the recognised headers. */
    public static Map<ListColumns, Integer> locate(List<String> header) {
        Map<ListColumns, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = normalise(header.get(i));
            for (ListColumns column : values()) {
                if (!positions.containsKey(column) && column.headers.contains(cell)) {
                    positions.put(column, i);
                }
            }
        }
        return positions;
    }

    public static Optional<ListColumns> firstMissingRequired(Map<ListColumns, Integer> positions) {
        for (ListColumns column : values()) {
            if (column.required && !positions.containsKey(column)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    public String field() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }

    public String firstHeader() {
        return headers.get(0);
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s_*（）()]", "").toLowerCase(Locale.ROOT);
    }
}
