package org.openar.collections;

/**
 * Work for a collector: CALL the customer (a phone step), FIND_CONTACT (no usable contact for a step),
 * ESCALATION_REVIEW (decide on an agency or legal placement), PROMISE_FOLLOW_UP (a promise was broken),
 * DELIVERY_FAILED (a dunning message bounced or was suppressed), FOLLOW_UP (planned by a collector).
 */
public enum TaskKind { CALL, FIND_CONTACT, ESCALATION_REVIEW, PROMISE_FOLLOW_UP, DELIVERY_FAILED, FOLLOW_UP }
