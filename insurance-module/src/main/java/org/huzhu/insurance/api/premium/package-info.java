/** Premium figures other modules read: monthly earning of premium and ageing of unpaid bills. */
package org.huzhu.insurance.api.premium;
