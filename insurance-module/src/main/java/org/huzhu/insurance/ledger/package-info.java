/**
 * The association's journal: append-only double-entry bookkeeping of bills, payments, earning, refunds and benefits paid, with
 * month closing and a trial balance. {@link org.huzhu.insurance.ledger.PostingsChart} sets out which
 * accounts each event posts to; {@link org.huzhu.insurance.ledger.JournalStore} writes the entries and enforces the
 * journal's rules, which the database enforces too.
 */
package org.huzhu.insurance.ledger;
