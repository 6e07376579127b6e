package org.huzhu.platform.api.audit;

/** The kinds of object the trail names (its {@code objectType}), so every module writes them the same way. */
public final class AuditedObject {
    public static final String ACCOUNT = "ACCOUNT";
    public static final String LOGIN = "LOGIN";
    public static final String PLAN = "PLAN";
    public static final String UNIT = "UNIT";
    public static final String MEMBER = "MEMBER";
    public static final String LIST = "LIST";
    public static final String BILL = "BILL";
    public static final String PAYMENT = "PAYMENT";
    public static final String CLAIM = "CLAIM";
    public static final String DOCUMENT = "DOCUMENT";
    public static final String PAYMENT_BATCH = "PAYMENT_BATCH";
    public static final String LEDGER = "LEDGER";
    public static final String JOB = "JOB";

    private AuditedObject() {
    }
}
