/** Staff accounts: creation with roles and an organisation, one-time codes, disabling, password changes, the audit trail. */
package org.huzhu.members.api.account;
