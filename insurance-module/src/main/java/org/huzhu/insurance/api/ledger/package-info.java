/** Read models of the premium journal: trial balance, account statements and entries. */
package org.huzhu.insurance.api.ledger;
