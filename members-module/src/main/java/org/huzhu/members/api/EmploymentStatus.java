package org.huzhu.members.api;

/** In service (在职) or retired (退休). */
public enum EmploymentStatus {
    IN_SERVICE, RETIRED
}
