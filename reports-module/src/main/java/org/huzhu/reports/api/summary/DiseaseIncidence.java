package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Serious-illness incidence of one disease class.
 *
 * @param code            the disease class's code; the renderer translates it through the message key
 *                        {@code disease.<code>} when there is one
 * @param name            the display name to use when there is no translation
 * @param cases           first diagnoses paid or reserved
 * @param per1000         cases per 1,000 member-years
 * @param benefits        lump sums paid and reserved
 */
public record DiseaseIncidence(String code, String name, long cases, BigDecimal per1000, BigDecimal benefits) {

    public DiseaseIncidence {
        Objects.requireNonNull(code, "code");
    }
}
