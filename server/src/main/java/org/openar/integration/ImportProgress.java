package org.openar.integration;

/**
 * Counters of a job. {@code rowsRead} = accepted + rejected + alreadyPresent + rows still waiting in the current chunk.
 * {@code percent} follows the bytes read (0-100), so it moves evenly even while a large chunk commits.
 */
public record ImportProgress(long rowsRead, long accepted, long rejected, long alreadyPresent, long customersCreated,
    long bytesRead, long totalBytes) {

  public static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0, 0, 0, 0);

  public double percent() {
    if (totalBytes <= 0) {
      return 0;
    }
    return Math.min(100.0, Math.floor(bytesRead * 1000.0 / totalBytes) / 10.0);
  }
}
