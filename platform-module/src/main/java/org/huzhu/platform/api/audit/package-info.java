/**
 * The one audit trail: every state change (who, when, what, on which object, before and after as JSON) written in the
 * transaction that made it, and the read log of who opened which member, claim or document. Both tables are append-only,
 * and the database refuses to update or delete their rows.
 */
package org.huzhu.platform.api.audit;
