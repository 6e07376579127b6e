package org.huzhu.members.api;

/** Sex as recorded on the resident ID; stored as its one-letter code. */
public enum Sex {
    MALE("M"), FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("Unknown sex code " + code);
    }
}
