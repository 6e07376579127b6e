package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.huzhu.members.api.ResidentId;

/** The coverage query that officers, unit agents and the member portal all use: one indexed read. */
public interface Coverage {

    List<CoverageView> of(ResidentId member, LocalDate date, Locale locale);
}
