package org.huzhu.insurance.enrolment;

import java.time.LocalDate;
import java.util.Objects;

/** A stretch of paid cover in one plan, both dates inclusive. */
public record CoverSpell(LocalDate start, LocalDate end) {

    public CoverSpell {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
