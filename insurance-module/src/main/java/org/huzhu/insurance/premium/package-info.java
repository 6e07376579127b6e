/** Premium of an enrolment: tier by the unit's average age, amount, and split between payers. */
package org.huzhu.insurance.premium;
