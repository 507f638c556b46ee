package org.openar.integration.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes chunks on threads of their own, so the next chunk is parsed while the database ingests the current one (on
 * two cores, the import then keeps PostgreSQL busy instead of taking turns with it). With one writer, at most one chunk
 * waits while one is written and chunks are written in file order; with {@code n > 1} writers (chunks whose rows are
 * independent of each other's), up to {@code n} chunks are written at once, each in its own transaction, so PostgreSQL
 * runs one COPY per core. Either way at most {@code max(2, n)} chunks are held, which bounds memory, chunks start in
 * file order, and a failure surfaces at the next hand-over.
 */
final class ChunkWriter implements AutoCloseable {

  private final ExecutorService thread;
  private final SecurityContext security = SecurityContextHolder.getContext();
  private final Deque<Future<?>> inFlight = new ArrayDeque<>();
  private final int held;

  ChunkWriter(String name, int writers) {
    java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    this.thread = Executors.newFixedThreadPool(Math.max(1, writers), r -> {
      Thread t = new Thread(r, writers > 1 ? name + "-" + count.incrementAndGet() : name);
      t.setDaemon(true);
      return t;
    });
    this.held = Math.max(1, writers - 1);
  }

  /** Queues the work; waits first until fewer than {@code max(2, writers)} chunks are held (the oldest first). */
  void submit(Runnable work) throws InterruptedException {
    await(held);
    inFlight.add(thread.submit(() -> {
      SecurityContextHolder.setContext(security);
      try {
        work.run();
      } finally {
        SecurityContextHolder.clearContext();
      }
    }));
  }

  /** Waits until every queued chunk is written. */
  void finish() throws InterruptedException {
    await(0);
  }

  private void await(int left) throws InterruptedException {
    while (inFlight.size() > left) {
      try {
        inFlight.poll().get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
