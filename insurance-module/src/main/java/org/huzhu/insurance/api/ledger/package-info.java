/** The association's journal as other modules see it: read models (trial balance, account statements, entries) and {@link org.huzhu.insurance.api.ledger.BenefitLedger}, through which claims post benefits. */
package org.huzhu.insurance.api.ledger;
