package org.huzhu.insurance.api.rules;

import java.util.Objects;

/** A cap shared by several benefits, e.g. one yearly limit over inpatient, outpatient-serious and sick-bed care. */
public record CapGroup(String code, Cap cap) {

    public CapGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cap, "cap");
    }
}
