package org.openar.integration;

/**
 * Counters of a job. {@code rowsRead} = accepted + rejected + alreadyPresent + rows still waiting in the current chunk.
 * {@code percent} (0-100) is the share of the file read times the share of the rows read so far that are settled
 * (accepted, rejected or already present): it moves with the bytes while the writer keeps up, and it does not claim
 * 100% while read rows still wait to be committed (reading can run far ahead of a large chunk's commit).
 */
public record ImportProgress(long rowsRead, long accepted, long rejected, long alreadyPresent, long customersCreated,
    long bytesRead, long totalBytes) {

  public static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0, 0, 0, 0);

  public double percent() {
    if (totalBytes <= 0) {
      return 0;
    }
    double read = Math.min(1.0, (double) bytesRead / totalBytes);
    long settled = accepted + rejected + alreadyPresent;
    double done = rowsRead <= 0 ? 1.0 : Math.min(1.0, (double) settled / rowsRead);
    return Math.floor(read * done * 1000.0) / 10.0;
  }
}
