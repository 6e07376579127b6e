package org.huzhu.insurance.api.rules;

import java.util.Locale;

import org.huzhu.platform.api.Messages;

/**
 * The names people read for the codes of plan rules: benefits and shared limits ({@code benefit.<CODE>}), disease
 * classes ({@code disease.<CODE>}) and kinds of claim or care ({@code category.<CODE>}), from the insurance module's bundle of names. A code that an administrator invented for a new plan
 * year and that has no name yet is shown as it is.
 */
public final class RuleNames {

    static final String BUNDLE = "org.huzhu.insurance.i18n.names";

    private RuleNames() {
    }

    /** A benefit's or a shared limit's name. */
    public static String benefit(String code, Locale locale) {
        return named("benefit.", code, locale);
    }

    /** A disease class's name. */
    public static String disease(String code, Locale locale) {
        return named("disease.", code, locale);
    }

    /** A kind of claim or of care (the claim types, the reimbursement categories): "住院" for INPATIENT. */
    public static String category(String code, Locale locale) {
        return named("category.", code, locale);
    }

    private static String named(String prefix, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = prefix + code;
        String name = Messages.get(BUNDLE, key, locale);
        return name.equals(key) ? code : name;
    }
}
