/**
 * The premium journal: append-only double-entry bookkeeping of bills, payments, earning and refunds, with
 * month closing and a trial balance. {@link org.huzhu.insurance.ledger.PremiumPostings} sets out which
 * accounts each event posts to; {@link org.huzhu.insurance.ledger.Journal} holds the rules in memory and
 * {@link org.huzhu.insurance.ledger.JournalStore} applies them to the journal in the database.
 */
package org.huzhu.insurance.ledger;
