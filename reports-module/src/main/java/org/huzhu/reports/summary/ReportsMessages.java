package org.huzhu.reports.summary;

import org.huzhu.platform.api.DomainException;

/** Refusals of the reports API, in the reports bundle. */
final class ReportsMessages {

    static final String BUNDLE = "org.huzhu.reports.i18n.messages";

    private ReportsMessages() {
    }

    static DomainException refuse(DomainException.Kind kind, String code, Object... arguments) {
        return new DomainException(BUNDLE, code, kind, arguments);
    }
}
