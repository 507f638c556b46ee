package org.openar.collections;

/** SCHEDULED: the daily run (one per date, cluster-wide); MANUAL: started through the API or the CLI. */
public enum RunKind { SCHEDULED, MANUAL }
