package org.openar.identity;

public enum ApprovalDecision { APPROVE, REJECT }
