/**
 * Who may do what to which object: the {@link org.huzhu.members.api.access.AccessPolicy}, with the caller, the action
 * and the object's place in the union hierarchy. The members module owns the hierarchy and the organisation every
 * account belongs to, so it owns the policy.
 */
package org.huzhu.members.api.access;
