package org.huzhu.insurance.premium;

/** How much of a bill is paid. Only a PAID bill puts its enrolments' cover in force. */
public enum BillStatus {
    UNPAID, PARTIALLY_PAID, PAID
}
