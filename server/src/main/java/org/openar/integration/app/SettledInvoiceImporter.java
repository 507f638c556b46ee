package org.openar.integration.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.integration.DocumentAttributes;
import org.openar.integration.ImportType;
import org.openar.integration.RowProblem;
import org.openar.integration.app.SettledPlan.State;
import org.openar.integration.app.SettledPlan.Step;
import org.openar.integration.domain.ParsedRow;
import org.openar.integration.persistence.AttributeRepository;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.Ledger.BulkResult;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settled (historical) invoices: each row becomes an invoice, a receipt of the same amount valued on the settled date,
 * and their allocation effective that day, so aging, DSO and payment history as of any past date come out as they
 * were. New invoices of a chunk go in with one bulk post; each receipt and its allocation is one ledger call in a
 * savepoint. If the ledger refuses the receipt of an invoice posted in the same chunk, the chunk is rolled back and
 * run again without that row: a rejected row leaves no half-settled invoice behind.
 */
@Component
class SettledInvoiceImporter implements ChunkImporter {

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final AttributeRepository attributes;
  private final TransactionTemplate savepoint;
  private final Clock clock;
  private final int chunk;

  SettledInvoiceImporter(Ledger ledger, LedgerQueries queries, AttributeRepository attributes,
      Transactions transactions, Clock clock, IntegrationProperties properties) {
    this.ledger = ledger;
    this.queries = queries;
    this.attributes = attributes;
    this.savepoint = transactions.savepoint();
    this.clock = clock;
    this.chunk = properties.rowChunk();
  }

  @Override
  public ImportType type() {
    return ImportType.SETTLED_INVOICES;
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
  public ChunkResult importChunk(List<ParsedRow> rows, ImportContext ctx) {
    ChunkResult result = new ChunkResult();
    ctx.customers.prefetch(rows.stream().map(r -> r.text(ctx.field("customerCode"))).toList());
    List<Step> steps = new ArrayList<>(rows.size());
    for (ParsedRow r : rows) {
      List<RowProblem> problems = new ArrayList<>(0);
      Step s = SettledPlan.step(r, ctx, problems);
      if (s == null) {
        result.reject(r, problems);
      } else {
        steps.add(s);
      }
    }
    steps = SettledPlan.classify(steps, ctx, queries, result);
    postNewInvoices(steps, ctx, result);
    settle(steps, ctx, result);
    keepAttributes(steps, ctx, result);
    return result;
  }

  private void postNewInvoices(List<Step> steps, ImportContext ctx, ChunkResult result) {
    List<Step> fresh = steps.stream().filter(s -> s.state == State.NEW).toList();
    if (fresh.isEmpty()) {
      return;
    }
    BulkResult posted = ledger.postBulk(fresh.stream().map(s -> s.invoice).toList());
    posted.rejected().forEach(x -> result.reject(fresh.get(x.index()).row, x.violations().stream()
        .map(v -> ctx.problem(v, InvoiceRows.LEDGER_FIELDS)).toList()));
    List<ItemView> ids = queries.findDocuments(ctx.company.id(), ItemType.INVOICE,
        fresh.stream().filter(s -> !result.isRejected(s.row)).map(s -> s.invoice.documentNumber().strip()).toList());
    fresh.stream().filter(s -> !result.isRejected(s.row))
        .forEach(s -> s.invoiceId = InvoiceRows.existing(ids, s.invoice).id());
  }

  private void settle(List<Step> steps, ImportContext ctx, ChunkResult result) {
    Map<String, String> fields = paymentFields(ctx);
    Map<ParsedRow, List<RowProblem>> refusedAfterPosting = new LinkedHashMap<>();
    for (Step s : steps) {
      if (result.isRejected(s.row)) {
        continue;
      }
      if (s.state == State.PRESENT) {
        result.present(1);
        continue;
      }
      try {
        savepoint.executeWithoutResult(t -> ledger.receive(s.payment, s.payment.valueDate(),
            List.of(new AllocationLine(s.invoiceId, s.invoice.amount(), false))));
        result.accepted(1);
      } catch (OpenArException e) {
        List<RowProblem> problems = ctx.problems(e, fields);
        if (s.state == State.NEW) {
          refusedAfterPosting.put(s.row, problems);
        } else {
          result.reject(s.row, problems);
        }
      }
    }
    if (!refusedAfterPosting.isEmpty()) {
      throw new RowsRefused(refusedAfterPosting);
    }
  }

  private static Map<String, String> paymentFields(ImportContext ctx) {
    Map<String, String> m = new HashMap<>(SettledPlan.PAYMENT_FIELDS);
    if (!ctx.binding().mapped(ctx.field("paymentNumber"))) {
      m.put("documentNumber", "invoiceNumber");
    }
    return m;
  }

  private void keepAttributes(List<Step> steps, ImportContext ctx, ChunkResult result) {
    List<DocumentAttributes> docs = new ArrayList<>();
    for (Step s : steps) {
      DocumentAttributes d = result.isRejected(s.row) ? null
          : InvoiceRows.attributes(s.row, ctx, ItemType.INVOICE, s.invoice.documentNumber());
      if (d != null) {
        docs.add(d);
      }
    }
    attributes.upsert(docs, clock.instant());
  }
}
