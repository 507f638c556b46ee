package org.openar.integration.app;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.openar.integration.ImportProgress;

/** A running job's counters, written by the job's thread and read by whoever polls its progress. */
final class Counters {

  final AtomicLong read = new AtomicLong();
  final AtomicLong accepted = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong present = new AtomicLong();
  final AtomicLong created = new AtomicLong();
  private volatile LongSupplier bytesRead = () -> 0;
  private volatile LongSupplier bytesTotal = () -> 0;

  void bytes(LongSupplier read, LongSupplier total) {
    this.bytesRead = read;
    this.bytesTotal = total;
  }

  ImportProgress snapshot() {
    return new ImportProgress(read.get(), accepted.get(), rejected.get(), present.get(), created.get(),
        bytesRead.getAsLong(), bytesTotal.getAsLong());
  }

  /** The counters once the whole file is read: every byte counted. */
  ImportProgress finished() {
    long total = bytesTotal.getAsLong();
    return new ImportProgress(read.get(), accepted.get(), rejected.get(), present.get(), created.get(), total, total);
  }
}
