/** What other modules may use of the members module: resident IDs, member and unit views, the directory. */
package org.huzhu.members.api;
