package org.openar.integration;

/**
 * QUEUED waits for a worker; RUNNING reads and commits; COMPLETED read the whole file (rows may still have been
 * rejected: see the counts); FAILED stopped early (unreadable file, restart, unexpected error) after committing the
 * chunks it had finished, with the reason on the job.
 */
public enum ImportStatus { QUEUED, RUNNING, COMPLETED, FAILED }
