/**
 * What other modules may use of the claims module. The assessment of a claim against a plan version's rules
 * is in {@link org.huzhu.claims.api.assessment}; intake, review and payment come later.
 */
package org.huzhu.claims.api;
