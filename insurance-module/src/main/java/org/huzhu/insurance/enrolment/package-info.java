/** Who may enrol in a plan version, the group rule for units, and the dates of cover. */
package org.huzhu.insurance.enrolment;
