package org.openar.identity;

/** PENDING until a checker approves or rejects it, or the requester cancels it; the three end states are final. */
public enum ApprovalStatus { PENDING, APPROVED, REJECTED, CANCELLED }
