package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lump sum per share on the first diagnosis of a listed disease class. {@code sumPerShare} is the full
 * sum; each class pays it, a fixed amount per share, or a rate of it. With {@code oncePerCycle} at most one
 * main and one early-stage payment are made per member per cycle.
 */
public record LumpSumBenefit(String code, BigDecimal sumPerShare, boolean oncePerCycle,
                             List<DiseaseClass> classes) implements BenefitRule {

    public LumpSumBenefit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sumPerShare, "sumPerShare");
        classes = List.copyOf(classes);
    }

    public Optional<DiseaseClass> diseaseClass(String classCode) {
        return classes.stream().filter(c -> c.code().equals(classCode)).findFirst();
    }

    /** The classes whose ICD-10 ranges contain a diagnosis code: a hint for the officer, who confirms. */
    public List<DiseaseClass> classesFor(String icd10Code) {
        return classes.stream().filter(c -> c.covers(icd10Code)).toList();
    }
}
