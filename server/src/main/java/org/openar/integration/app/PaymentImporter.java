package org.openar.integration.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openar.customers.CustomerView;
import org.openar.integration.ImportType;
import org.openar.integration.IntegrationError;
import org.openar.integration.RowProblem;
import org.openar.integration.domain.ParsedRow;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.Ledger.BulkResult;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments: receipts (PAYMENT, or ADVANCE for 预收) posted to the ledger. Receipts that name the invoices they pay are
 * recorded and allocated to them in one ledger call each (in the order given, each invoice as far as the money goes,
 * early-payment discounts as the ledger's rules grant them); the others go in with one bulk post. A receipt whose
 * invoices cannot be found or take no more money is rejected whole, so nothing is recorded half.
 */
@Component
class PaymentImporter implements ChunkImporter {

  static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("documentNumber", "paymentNumber"),
      Map.entry("documentDate", "paymentDate"), Map.entry("valueDate", "paymentDate"),
      Map.entry("effectiveDate", "paymentDate"), Map.entry("amount", "amount"), Map.entry("type", "receiptType"),
      Map.entry("customerId", "customerCode"), Map.entry("companyId", "customerCode"),
      Map.entry("reference", "reference"), Map.entry("description", "description"),
      Map.entry("externalRef", "externalRef"), Map.entry("lines", "invoiceNumbers"),
      Map.entry("debitItemId", "invoiceNumbers"));

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final TransactionTemplate savepoint;
  private final int chunk;

  PaymentImporter(Ledger ledger, LedgerQueries queries, Transactions transactions, IntegrationProperties properties) {
    this.ledger = ledger;
    this.queries = queries;
    this.savepoint = transactions.savepoint();
    this.chunk = properties.rowChunk();
  }

  @Override
  public ImportType type() {
    return ImportType.PAYMENTS;
  }

  @Override
  public String key(ParsedRow row, ImportContext ctx) {
    return row.text(ctx.field("paymentNumber"));
  }

  @Override
  public String keyField() {
    return "paymentNumber";
  }

  @Override
  public int chunkSize() {
    return chunk;
  }

  @Override
  public ChunkResult importChunk(List<ParsedRow> rows, ImportContext ctx) {
    ChunkResult result = new ChunkResult();
    ctx.customers.prefetch(rows.stream().map(r -> r.text(ctx.field("customerCode"))).toList());
    List<ParsedRow> kept = new ArrayList<>();
    List<PostItem> receipts = new ArrayList<>();
    for (ParsedRow r : rows) {
      List<RowProblem> problems = new ArrayList<>(0);
      CustomerView c = ctx.customers.resolve(r.text(ctx.field("customerCode")), r.text(ctx.field("customerName")),
          ctx, "customerCode", problems);
      if (c == null) {
        result.reject(r, problems);
      } else {
        kept.add(r);
        receipts.add(receipt(r, ctx, c));
      }
    }
    List<Integer> fresh = withoutExisting(kept, receipts, ctx, result);
    List<Integer> plain = fresh.stream().filter(i -> kept.get(i).list(ctx.field("invoiceNumbers")).isEmpty()).toList();
    postPlain(plain, kept, receipts, ctx, result);
    fresh.stream().filter(i -> !plain.contains(i)).forEach(i -> allocate(kept.get(i), receipts.get(i), ctx, result));
    return result;
  }

  private static PostItem receipt(ParsedRow r, ImportContext ctx, CustomerView c) {
    String type = r.text(ctx.field("receiptType"));
    return new PostItem(type == null ? ItemType.PAYMENT : ItemType.valueOf(type), ctx.company.id(), c.id(),
        r.text(ctx.field("paymentNumber")), null, r.money(ctx.field("amount")), r.date(ctx.field("paymentDate")), null,
        r.date(ctx.field("paymentDate")), null, r.text(ctx.field("reference")), r.text(ctx.field("description")),
        r.text(ctx.field("externalRef")));
  }

  /** Indexes of receipts not in the ledger yet; the same receipt is present, a different one a conflict. */
  private List<Integer> withoutExisting(List<ParsedRow> rows, List<PostItem> receipts, ImportContext ctx,
      ChunkResult result) {
    List<ItemView> found = new ArrayList<>();
    for (ItemType t : List.of(ItemType.PAYMENT, ItemType.ADVANCE)) {
      found.addAll(queries.findDocuments(ctx.company.id(), t, receipts.stream().filter(p -> p.type() == t)
          .map(p -> p.documentNumber().strip()).toList()));
    }
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < receipts.size(); i++) {
      PostItem p = receipts.get(i);
      ItemView v = InvoiceRows.existing(found.stream().filter(f -> f.type() == p.type()).toList(), p);
      List<String> diff = v == null ? List.of() : InvoiceRows.differences(v, p, FIELDS);
      if (v == null) {
        fresh.add(i);
      } else if (diff.isEmpty()) {
        result.present(1);
      } else {
        result.reject(rows.get(i), ctx.problem("paymentNumber", IntegrationError.INTEGRATION_DOCUMENT_CONFLICT,
            p.documentNumber(), String.join(", ", diff)));
      }
    }
    return fresh;
  }

  private void postPlain(List<Integer> plain, List<ParsedRow> rows, List<PostItem> receipts, ImportContext ctx,
      ChunkResult result) {
    if (plain.isEmpty()) {
      return;
    }
    BulkResult r = ledger.postBulk(plain.stream().map(receipts::get).toList());
    result.accepted(r.accepted());
    r.rejected().forEach(x -> result.reject(rows.get(plain.get(x.index())), x.violations().stream()
        .map(v -> ctx.problem(v, FIELDS)).toList()));
  }

  private void allocate(ParsedRow row, PostItem receipt, ImportContext ctx, ChunkResult result) {
    List<String> numbers = row.list(ctx.field("invoiceNumbers"));
    List<ItemView> invoices = queries.findDocuments(ctx.company.id(), ItemType.INVOICE, numbers);
    List<AllocationLine> lines = new ArrayList<>();
    long left = receipt.amount().minor();
    for (String n : numbers) {
      List<ItemView> found = invoices.stream().filter(v -> v.documentNumber().equals(n))
          .sorted(Comparator.comparing(v -> v.installmentNo() == null ? 0 : v.installmentNo())).toList();
      if (found.isEmpty()) {
        result.reject(row, ctx.problem("invoiceNumbers", IntegrationError.INTEGRATION_INVOICE_NOT_FOUND, n));
      } else if (found.stream().noneMatch(v -> v.status() == ItemStatus.OPEN)) {
        result.reject(row, ctx.problem("invoiceNumbers", IntegrationError.INTEGRATION_INVOICE_NOT_OPEN, n));
      }
      for (ItemView v : found) {
        if (v.status() == ItemStatus.OPEN && left > 0) { // invoices beyond what the money covers stay open
          lines.add(new AllocationLine(v.id(), null, null));
          left -= v.currency().equals(receipt.amount().currency()) ? v.openAmount().minor() : 0;
        }
      }
    }
    if (result.isRejected(row)) {
      return;
    }
    try {
      savepoint.executeWithoutResult(t -> ledger.receive(receipt, null, lines));
      result.accepted(1);
    } catch (OpenArException e) {
      result.reject(row, ctx.problems(e, FIELDS));
    }
  }
}
