package org.openar.integration.source;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Reads a table on its own thread and hands rows over in batches through a small bounded queue, so parsing the file
 * (CSV tokenising, XML, decoding) overlaps with mapping the rows and writing them to the database, while memory stays
 * bounded (the queue holds at most {@code QUEUE × BATCH} rows).
 */
public final class RowPipeline implements AutoCloseable {

  public static final int BATCH = 2048;
  private static final int QUEUE = 8;

  /** Rows {@code 0..size-1} of a batch: their numbers and cells. An empty batch marks the end. */
  public record Batch(long[] numbers, String[][] cells, int size) {}

  private static final Batch END = new Batch(new long[0], new String[0][], 0);

  private final TabularSource source;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
  private final CompletableFuture<List<String>> header = new CompletableFuture<>();
  private final Thread reader;
  private volatile boolean stopped;
  private volatile Throwable failure;

  public RowPipeline(TabularSource source, String name) {
    this.source = source;
    this.reader = new Thread(this::readAll, name);
    this.reader.setDaemon(true);
  }

  public RowPipeline start() {
    reader.start();
    return this;
  }

  /** The header, once read; rethrows what stopped the reader before it got there. */
  public List<String> header() throws IOException {
    try {
      return header.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The next batch, or null after the last; rethrows a read failure where it happened in the file. */
  public Batch next() throws IOException, InterruptedException {
    Batch b = queue.take();
    if (b == END) {
      queue.put(END); // stays the end for further calls
      if (failure != null) {
        throw rethrow(failure);
      }
      return null;
    }
    return b;
  }

  public TabularSource source() {
    return source;
  }

  private void readAll() {
    Collector collector = new Collector();
    try {
      source.read(collector);
      collector.flush();
      if (!header.isDone()) {
        header.complete(List.of());
      }
    } catch (Throwable t) { // handed to the consumer, which decides how the job ends
      failure = t;
      header.completeExceptionally(t);
    } finally {
      offer(END);
    }
  }

  private void offer(Batch b) {
    try {
      while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
        if (stopped && b != END) {
          throw new Stopped();
        }
        if (stopped) {
          queue.clear();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private static IOException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return t instanceof IOException io ? io : new IOException(t);
  }

  @Override
  public void close() {
    stopped = true;
    reader.interrupt();
    queue.clear();
  }

  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped", null, false, false);
    }
  }

  private final class Collector implements RowSink {
    private long[] numbers = new long[BATCH];
    private String[][] cells = new String[BATCH][];
    private int size;

    @Override
    public void header(List<String> names) {
      header.complete(List.copyOf(names));
    }

    @Override
    public boolean row(long number, String[] row) {
      if (stopped) {
        return false;
      }
      numbers[size] = number;
      cells[size++] = row;
      if (size == BATCH) {
        flush();
      }
      return true;
    }

    void flush() {
      if (size > 0) {
        offer(new Batch(numbers, cells, size));
        numbers = new long[BATCH];
        cells = new String[BATCH][];
        size = 0;
      }
    }
  }
}
