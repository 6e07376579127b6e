package org.huzhu.claims.intake;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decision on a claim (its first parameter the claim id) that takes the member's plan-year lock: {@link MemberDecisionGate}
 * lets only a few of them per member's plan year run or wait at once, outside and before their transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface OneMemberAtATime {
}
