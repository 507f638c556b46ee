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
 * Writes chunks on a thread of its own, so the next chunk is parsed while the database ingests the current one (on
 * two cores, the import then keeps PostgreSQL busy instead of taking turns with it). At most one chunk waits while
 * one is written, which bounds memory; chunks are written in file order; a failure surfaces at the next hand-over.
 */
final class ChunkWriter implements AutoCloseable {

  private final ExecutorService thread;
  private final SecurityContext security = SecurityContextHolder.getContext();
  private final Deque<Future<?>> inFlight = new ArrayDeque<>();

  ChunkWriter(String name) {
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues the work behind the chunk being written; waits first when one is already waiting. */
  void submit(Runnable work) throws InterruptedException {
    await(1);
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
