/** Checks that a plan version's rules are consistent before they are stored or used. */
package org.huzhu.insurance.rules;
