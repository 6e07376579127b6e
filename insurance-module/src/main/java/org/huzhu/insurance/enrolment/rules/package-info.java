/**
 * Enrolment's rules, plain Java tested without a container or a database: who may enrol in a plan version
 * ({@link org.huzhu.insurance.enrolment.rules.Eligibility}), the unit's group rule
 * ({@link org.huzhu.insurance.enrolment.rules.GroupRule}), a list's columns and how its cells are read, and what an
 * upload reports back.
 */
package org.huzhu.insurance.enrolment.rules;
