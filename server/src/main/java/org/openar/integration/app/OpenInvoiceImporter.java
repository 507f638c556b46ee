package org.openar.integration.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.openar.customers.CustomerView;
import org.openar.integration.DocumentAttributes;
import org.openar.integration.ImportType;
import org.openar.integration.IntegrationError;
import org.openar.integration.RowProblem;
import org.openar.integration.domain.ParsedRow;
import org.openar.integration.persistence.AttributeRepository;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.BulkResult;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.Ledger.Rejection;
import org.openar.ledger.LedgerError;
import org.openar.ledger.LedgerQueries;
import org.springframework.stereotype.Component;

/**
 * Open invoices go to the ledger through {@link Ledger#postBulk} (validation per row, one COPY per chunk). A row the
 * ledger refuses as a duplicate document is looked up: the same document is "already present", a different one a
 * conflict naming the fields that differ.
 */
@Component
class OpenInvoiceImporter implements ChunkImporter {

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final AttributeRepository attributes;
  private final Clock clock;
  private final int chunk;
  private final int writers;

  OpenInvoiceImporter(Ledger ledger, LedgerQueries queries, AttributeRepository attributes, Clock clock,
      IntegrationProperties properties) {
    this.ledger = ledger;
    this.queries = queries;
    this.attributes = attributes;
    this.clock = clock;
    this.chunk = properties.invoiceChunk();
    this.writers = properties.chunkWriters();
  }

  @Override
  public ImportType type() {
    return ImportType.OPEN_INVOICES;
  }

  @Override
  public String key(ParsedRow row, ImportContext ctx) {
    return InvoiceRows.key(row, ctx);
  }

  @Override
  public String keyField() {
    return "invoiceNumber";
  }

  @Override
  public int chunkSize() {
    return chunk;
  }

  @Override
  public int writers() {
    return writers;
  }

  @Override
  public ChunkResult importChunk(List<ParsedRow> rows, ImportContext ctx) {
    ChunkResult result = new ChunkResult();
    ctx.customers.prefetch(rows.stream().map(r -> r.text(ctx.field("customerCode"))).toList());
    List<ParsedRow> posted = new ArrayList<>(rows.size());
    List<PostItem> items = new ArrayList<>(rows.size());
    for (ParsedRow r : rows) {
      List<RowProblem> problems = new ArrayList<>(0);
      CustomerView c = ctx.customers.resolve(r.text(ctx.field("customerCode")), r.text(ctx.field("customerName")),
          ctx, "customerCode", problems);
      if (c == null) {
        result.reject(r, problems);
      } else {
        posted.add(r);
        items.add(InvoiceRows.invoice(r, ctx, c));
      }
    }
    List<ParsedRow> written = post(posted, items, ctx, result);
    keepAttributes(written, ctx);
    return result;
  }

  /** Posts in calls of at most the ledger's bulk size; returns the rows now in the ledger (written or present). */
  private List<ParsedRow> post(List<ParsedRow> rows, List<PostItem> items, ImportContext ctx, ChunkResult result) {
    List<ParsedRow> inLedger = new ArrayList<>(rows);
    List<Integer> duplicates = new ArrayList<>();
    for (int from = 0; from < items.size(); from += 100_000) {
      int to = Math.min(items.size(), from + 100_000);
      BulkResult r = ledger.postBulk(items.subList(from, to));
      result.accepted(r.accepted());
      for (Rejection x : r.rejected()) {
        int i = from + x.index();
        if (x.violations().size() == 1 && x.violations().get(0).code() == LedgerError.LEDGER_DUPLICATE_DOCUMENT) {
          duplicates.add(i);
        } else {
          result.reject(rows.get(i), x.violations().stream()
              .map(v -> ctx.problem(v, InvoiceRows.LEDGER_FIELDS)).toList());
        }
      }
    }
    classify(duplicates, rows, items, ctx, result);
    inLedger.removeIf(result::isRejected);
    return inLedger;
  }

  private void classify(List<Integer> duplicates, List<ParsedRow> rows, List<PostItem> items, ImportContext ctx,
      ChunkResult result) {
    if (duplicates.isEmpty()) {
      return;
    }
    List<ItemView> found = queries.findDocuments(ctx.company.id(), ItemType.INVOICE,
        duplicates.stream().map(i -> items.get(i).documentNumber().strip()).toList());
    for (int i : duplicates) {
      ItemView existing = InvoiceRows.existing(found, items.get(i));
      List<String> diff = existing == null ? List.of("invoiceNumber")
          : InvoiceRows.differences(existing, items.get(i), InvoiceRows.LEDGER_FIELDS);
      if (diff.isEmpty()) {
        result.present(1);
      } else {
        result.reject(rows.get(i), ctx.problem("invoiceNumber", IntegrationError.INTEGRATION_DOCUMENT_CONFLICT,
            items.get(i).documentNumber(), String.join(", ", diff)));
      }
    }
  }

  private void keepAttributes(List<ParsedRow> rows, ImportContext ctx) {
    List<DocumentAttributes> docs = new ArrayList<>();
    for (ParsedRow r : rows) {
      DocumentAttributes d = InvoiceRows.attributes(r, ctx, ItemType.INVOICE, r.text(ctx.field("invoiceNumber")));
      if (d != null) {
        docs.add(d);
      }
    }
    attributes.upsert(docs, clock.instant());
  }
}
