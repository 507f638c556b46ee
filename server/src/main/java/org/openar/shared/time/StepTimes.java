package org.openar.shared.time;

/**
 * Milliseconds per step of one bulk call, for a debug log line ("drafts 120 ms, audit 80 ms"): bulk calls are what
 * seeding and imports wait on, so their logs say where the time went.
 */
public final class StepTimes {

  private final StringBuilder text = new StringBuilder();
  private long last = System.nanoTime();

  /** Ends the step running since the last call (or since creation) under {@code name}. */
  public void done(String name) {
    long now = System.nanoTime();
    text.append(text.isEmpty() ? "" : ", ").append(name).append(' ').append((now - last) / 1_000_000).append(" ms");
    last = now;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
