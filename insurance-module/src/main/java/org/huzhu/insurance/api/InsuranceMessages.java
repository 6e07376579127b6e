package org.huzhu.insurance.api;

/** Name of the insurance module's message bundle. */
public final class InsuranceMessages {
    public static final String BUNDLE = "org.huzhu.insurance.i18n.messages";

    private InsuranceMessages() {
    }
}
