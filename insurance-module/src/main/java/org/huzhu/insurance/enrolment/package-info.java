/**
 * Enrolment's application services and API: uploaded lists read and checked, confirmed (alone or in bulk, as a batch
 * job) into enrolments with their bills, renewals, members leaving, coverage look-ups, and the REST resources. The rules
 * they apply (who may enrol, the unit's group rule, a list's columns and cells) are in
 * {@code org.huzhu.insurance.enrolment.rules}; the dates of cover in {@code org.huzhu.insurance.rules}.
 */
package org.huzhu.insurance.enrolment;
