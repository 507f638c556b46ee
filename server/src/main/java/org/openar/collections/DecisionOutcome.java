package org.openar.collections;

/**
 * What a run decided for one customer and channel. SEND: a message was queued to go now; DEFER: queued for later
 * (quiet hours); TASK: a call or a "find a contact" task went into the worklist; ESCALATE: items were placed or an
 * escalation review opened; CHARGE: a late fee or interest was posted; SKIP: nothing was done, and the reason says why
 * (the step stays due).
 */
public enum DecisionOutcome { SEND, DEFER, TASK, ESCALATE, CHARGE, SKIP }
