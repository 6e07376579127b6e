package org.huzhu.insurance.enrolment.rules;

/** All rows or nothing (the default), or the valid rows only when the user asks for it. */
public enum ImportMode {
    ALL_OR_NOTHING, VALID_ROWS
}
