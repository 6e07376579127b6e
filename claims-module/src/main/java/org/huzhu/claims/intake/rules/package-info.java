/**
 * The claim's rules outside the benefit engine, plain Java: its statuses, the reasons a claim is rejected, when the
 * rules refuse a claim as a whole, the pathology stage a serious-illness claim must give, what an approved claim adds
 * to the member's plan year, and the problems a claim request is refused with. The workflow that applies them, in
 * the database and under the member's lock, is {@code org.huzhu.claims.intake}.
 */
package org.huzhu.claims.intake.rules;
