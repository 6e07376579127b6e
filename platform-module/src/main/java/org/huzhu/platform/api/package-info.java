/**
 * The shared kernel every module may use: domain errors with message codes, localised messages, the
 * supported locales, roles, and the contracts through which a module contributes its schema and demo data.
 */
package org.huzhu.platform.api;
