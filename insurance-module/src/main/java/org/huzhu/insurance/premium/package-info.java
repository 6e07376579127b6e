/**
 * Premium accounting's application services and API: bills issued on confirmation and their lapse
 * ({@link org.huzhu.insurance.premium.BulkBilling}, {@link org.huzhu.insurance.premium.Billing}), payments, vouchers,
 * proofs and reversals ({@link org.huzhu.insurance.premium.Payments}), leavers' refunds, the unit statement, the nightly
 * lapse, and the REST resources with their request bodies. The rules they apply are in
 * {@code org.huzhu.insurance.premium.rules}; the monthly earning batch job is in {@code org.huzhu.insurance.premium.earning};
 * entries go to the journal ({@code org.huzhu.insurance.ledger}).
 */
package org.huzhu.insurance.premium;
