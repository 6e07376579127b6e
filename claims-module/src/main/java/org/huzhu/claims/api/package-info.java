/**
 * What other modules may use of the claims module. Claims intake, assessment, review and payment arrive
 * with the claims issue; the module exists from the start so that its boundary is enforced from day one.
 */
package org.huzhu.claims.api;
