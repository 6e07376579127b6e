/** What every module's Jakarta Batch jobs share: recovery of executions a dead server left behind. */
package org.huzhu.platform.api.batch;
