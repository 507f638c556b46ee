package org.openar.cashapp.domain;

/** Who resolved a line: the matching engine on its own (above the threshold) or a person. */
public enum Resolution { AUTO, MANUAL }
