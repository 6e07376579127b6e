/** What other modules may use of the insurance module: the plan catalogue and its views. */
package org.huzhu.insurance.api;
