package org.openar.collections;

/**
 * RUNNING while customers are processed; COMPLETED; FAILED when it stopped on an error; INTERRUPTED when its process
 * died (found by the next run, which resumes where it stopped: each customer commits on its own).
 */
public enum RunStatus { RUNNING, COMPLETED, FAILED, INTERRUPTED }
