package org.openar.integration.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Import settings.
 *
 * @param workers imports running at the same time (default 2); each also uses a reader thread
 * @param queueCapacity imports waiting for a worker before new ones are refused with INTEGRATION_BUSY (default 20)
 * @param invoiceChunk open-invoice rows per transaction, posted with one COPY (default 50,000; at most the ledger's
 *     bulk limit)
 * @param chunkWriters open-invoice chunks of one import written at the same time, each in its own transaction and
 *     COPY (default 2: PostgreSQL's per-row index work, not the parsing, bounds an import, and one COPY keeps only one
 *     core busy); imports that create customers write one chunk at a time
 * @param rowChunk rows per transaction for the types written row by row: customers, settled invoices, payments
 *     (default 500)
 * @param syncMaxBytes the largest file the synchronous API imports (default 10 MB); larger ones go through jobs
 * @param uploadRetention how long staged uploads are kept (default 1 day)
 * @param storageDir where uploads are staged (default {@code <openar.data-dir>/imports})
 * @param node this process's name in the job table, so a restart fails the jobs it was running (default: host name
 *     and data directory)
 */
@ConfigurationProperties("openar.integration")
public record IntegrationProperties(Integer workers, Integer queueCapacity, Integer invoiceChunk, Integer chunkWriters,
    Integer rowChunk,
    Long syncMaxBytes, Duration uploadRetention, String storageDir, String node) {

  public IntegrationProperties {
    workers = workers == null ? 2 : workers;
    queueCapacity = queueCapacity == null ? 20 : queueCapacity;
    invoiceChunk = invoiceChunk == null ? 50_000 : invoiceChunk;
    chunkWriters = chunkWriters == null ? 2 : Math.max(1, chunkWriters);
    rowChunk = rowChunk == null ? 500 : rowChunk;
    syncMaxBytes = syncMaxBytes == null ? 10L * 1024 * 1024 : syncMaxBytes;
    uploadRetention = uploadRetention == null ? Duration.ofDays(1) : uploadRetention;
  }
}
