package org.openar.integration.app;

import java.util.ArrayList;
import java.util.List;
import org.openar.integration.IntegrationError;
import org.openar.integration.domain.ParsedRow;
import org.openar.shared.error.OpenArException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a chunk in its own transaction. A chunk that fails as a whole (a database error, a refusal that dooms the
 * transaction) is split in halves and each half run again, down to the single row that fails, which is rejected with
 * the reason: a poisoned row among 50,000 costs about 2 × log2(50,000) ≈ 32 extra transactions, and every other row is
 * still committed. Rows an importer refuses late ({@link RowsRefused}) are rejected and the rest run again. A dry run
 * rolls every chunk back.
 */
@Component
class ChunkExecutor {

  private static final Logger log = LoggerFactory.getLogger(ChunkExecutor.class);
  private static final int MAX_RETRIES = 5;

  private final Transactions transactions;

  ChunkExecutor(Transactions transactions) {
    this.transactions = transactions;
  }

  ChunkResult run(List<ParsedRow> rows, ChunkImporter importer, ImportContext ctx) {
    ChunkResult outcome = new ChunkResult();
    List<ParsedRow> pending = rows;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      try {
        outcome.add(once(pending, importer, ctx));
        return outcome;
      } catch (RowsRefused e) {
        e.rows().forEach(outcome::reject);
        pending = new ArrayList<>(pending);
        pending.removeAll(e.rows().keySet());
        if (attempt == MAX_RETRIES) {
          return split(pending, importer, ctx, outcome, e);
        }
      } catch (RuntimeException e) {
        return split(pending, importer, ctx, outcome, e);
      }
    }
    return outcome;
  }

  private ChunkResult once(List<ParsedRow> rows, ChunkImporter importer, ImportContext ctx) {
    try {
      ChunkResult r = transactions.chunk().execute(status -> {
        ChunkResult result = importer.importChunk(rows, ctx);
        if (ctx.dryRun) {
          status.setRollbackOnly();
        }
        return result;
      });
      if (ctx.dryRun) {
        ctx.customers.rolledBack(true);
      } else {
        ctx.customers.committed();
      }
      return r;
    } catch (RuntimeException e) {
      ctx.customers.rolledBack(false);
      throw e;
    }
  }

  private ChunkResult split(List<ParsedRow> rows, ChunkImporter importer, ImportContext ctx, ChunkResult outcome,
      RuntimeException cause) {
    if (Thread.currentThread().isInterrupted()) {
      throw cause; // shutting down: the job ends as interrupted, not row by row
    }
    if (rows.size() == 1) {
      log.warn("import {}: row {} failed on its own: {}", ctx.jobId, rows.get(0).number(), cause.toString());
      outcome.reject(rows.get(0), rowFailure(ctx, cause));
      return outcome;
    }
    if (rows.isEmpty()) {
      return outcome;
    }
    log.info("import {}: a chunk of {} rows failed ({}); splitting it", ctx.jobId, rows.size(), cause.toString());
    int half = rows.size() / 2;
    outcome.add(run(rows.subList(0, half), importer, ctx));
    outcome.add(run(rows.subList(half, rows.size()), importer, ctx));
    return outcome;
  }

  private static org.openar.integration.RowProblem rowFailure(ImportContext ctx, RuntimeException e) {
    if (e instanceof OpenArException o) {
      return ctx.problems(o, java.util.Map.of()).get(0);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new org.openar.integration.RowProblem(null, null, IntegrationError.INTEGRATION_ROW_FAILED.code(),
        List.of(message.length() > 300 ? message.substring(0, 300) : message));
  }
}
