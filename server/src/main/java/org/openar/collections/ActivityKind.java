package org.openar.collections;

/** What a collector did: a CALL (with its outcome), a NOTE, an EMAIL (logged or sent from a template), a VISIT. */
public enum ActivityKind { CALL, NOTE, EMAIL, VISIT }
