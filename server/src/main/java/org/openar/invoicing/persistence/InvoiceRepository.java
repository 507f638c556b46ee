package org.openar.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxRounding;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Invoice documents with their lines and installments. */
@Repository
public class InvoiceRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final InvoiceWriter writer;
  private final NamedParameterJdbcTemplate named;

  public InvoiceRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.named = named;
    this.writer = new InvoiceWriter(jdbc, named, json);
  }

  public void insert(InvoiceId id, InvoiceContent c, Instant now, String actor) {
    writer.insert(id, c, now, actor);
  }

  /** {@link #insert} for many drafts, in batches; the map's order is the order of the rows. */
  public void insertAll(Map<InvoiceId, InvoiceContent> drafts, Instant now, String actor) {
    writer.insertAll(drafts, now, actor);
  }

  /** Replaces a draft's content when {@code version} is current; false when no such draft at that version. */
  public boolean update(InvoiceId id, long version, InvoiceContent c, Instant now, String actor) {
    return writer.update(id, version, c, now, actor);
  }

  public boolean deleteDraft(InvoiceId id, long version) {
    return jdbc.sql("delete from invoicing_invoice where id = :id and version = :v and status = 'DRAFT'")
        .param("id", id.value()).param("v", version).update() == 1;
  }

  /** The document; {@code lock} takes its row lock (issue, credit, projection update). */
  public Optional<InvoiceView> find(InvoiceId id, LocalDate today, boolean lock) {
    return jdbc.sql("select * from invoicing_invoice where id = :id" + (lock ? " for update" : ""))
        .param("id", id.value()).query((rs, n) -> header(rs, today)).optional().map(this::withChildren);
  }

  /**
   * {@link #find} for many documents in three queries (headers, lines, installments), locking the headers when asked;
   * absent ids are left out. In the order of {@code ids}.
   */
  public List<InvoiceView> findAll(List<InvoiceId> ids, LocalDate today, boolean lock) {
    if (ids.isEmpty()) {
      return List.of();
    }
    UUID[] keys = ids.stream().map(InvoiceId::value).toArray(UUID[]::new);
    Map<UUID, InvoiceView> headers = new java.util.HashMap<>();
    jdbc.sql("select * from invoicing_invoice where id = any(:ids) order by id" + (lock ? " for update" : ""))
        .param("ids", keys).query((rs, n) -> header(rs, today)).list().forEach(h -> headers.put(h.id().value(), h));
    Map<UUID, List<PricedLine>> lines = new java.util.HashMap<>();
    jdbc.sql("select * from invoicing_invoice_line where invoice_id = any(:ids) order by invoice_id, line_no")
        .param("ids", keys).query(rs -> {
          UUID id = Sql.uuid(rs, "invoice_id");
          lines.computeIfAbsent(id, k -> new java.util.ArrayList<>())
              .add(InvoiceRows.line(rs, headers.get(id).currency()));
        });
    Map<UUID, List<Installment>> installments = new java.util.HashMap<>();
    jdbc.sql("select * from invoicing_installment where invoice_id = any(:ids) order by invoice_id, installment_no")
        .param("ids", keys).query(rs -> {
          UUID id = Sql.uuid(rs, "invoice_id");
          installments.computeIfAbsent(id, k -> new java.util.ArrayList<>())
              .add(InvoiceRows.installment(rs, headers.get(id).currency()));
        });
    List<InvoiceView> out = new java.util.ArrayList<>(ids.size());
    for (InvoiceId id : ids) {
      InvoiceView h = headers.get(id.value());
      if (h != null) {
        out.add(assemble(h, lines.getOrDefault(id.value(), List.of()),
            installments.getOrDefault(id.value(), List.of())));
      }
    }
    return out;
  }

  /**
   * {@link #markIssued} for many invoices, each with its number, snapshot and ledger items, in two set-based
   * statements; throws when any of them is not a draft (nothing is then left half-issued: the caller's transaction
   * rolls back).
   */
  public void markIssuedAll(List<Issue> issues, Instant now, String actor) {
    // two statements for all invoices (the per-row guards still fire for each row), not two per invoice
    List<UUID> itemIds = new java.util.ArrayList<>();
    List<UUID> itemInvoices = new java.util.ArrayList<>();
    List<Integer> itemNos = new java.util.ArrayList<>();
    int n = issues.size();
    UUID[] ids = new UUID[n];
    String[] numbers = new String[n];
    String[] codes = new String[n];
    String[] names = new String[n];
    String[] namesEn = new String[n];
    String[] taxIds = new String[n];
    for (int k = 0; k < n; k++) {
      Issue i = issues.get(k);
      for (int j = 0; j < i.items().size(); j++) {
        itemIds.add(i.items().get(j).value());
        itemInvoices.add(i.id().value());
        itemNos.add(j + 1);
      }
      CustomerSnapshot c = i.customer();
      ids[k] = i.id().value();
      numbers[k] = i.number();
      codes[k] = c.code();
      names[k] = InvoiceWriter.name(c);
      namesEn[k] = c.nameEn();
      taxIds[k] = c.taxId();
    }
    int linked = jdbc.sql("""
            update invoicing_installment s set ledger_item_id = u.item, open_minor = s.amount_minor
              from unnest(:items::uuid[], :invoices::uuid[], :nos::int[]) as u(item, invoice, no)
             where s.invoice_id = u.invoice and s.installment_no = u.no""")
        .param("items", itemIds.toArray(UUID[]::new)).param("invoices", itemInvoices.toArray(UUID[]::new))
        .param("nos", itemNos.stream().mapToInt(Integer::intValue).toArray()).update();
    int issued = jdbc.sql("""
            update invoicing_invoice i
               set status = 'ISSUED', number = u.number, open_minor = i.gross_minor, issued_at = :now,
                   issued_by = :actor, updated_at = :now, updated_by = :actor, version = i.version + 1,
                   customer_code = u.code, customer_name = u.name, customer_name_en = u.name_en,
                   customer_tax_id = u.tax_id,
                   next_due_date = (select min(due_date) from invoicing_installment s where s.invoice_id = i.id)
              from unnest(:ids::uuid[], :numbers::text[], :codes::text[], :names::text[], :namesEn::text[],
                          :taxIds::text[]) as u(id, number, code, name, name_en, tax_id)
             where i.id = u.id and i.status = 'DRAFT'""")
        .param("now", Sql.utc(now)).param("actor", actor).param("ids", ids).param("numbers", numbers)
        .param("codes", codes).param("names", names).param("namesEn", namesEn).param("taxIds", taxIds).update();
    if (linked != itemIds.size() || issued != n) {
      throw new IllegalStateException("issued " + issued + " of " + n + " drafts, linked " + linked + " of "
          + itemIds.size() + " installments");
    }
  }

  /** One invoice of {@link #markIssuedAll}. */
  public record Issue(InvoiceId id, String number, CustomerSnapshot customer, List<ItemId> items) {}

  /** Takes the invoice's row lock; false when there is no such invoice. */
  public boolean lock(InvoiceId id) {
    return jdbc.sql("select id from invoicing_invoice where id = :id for update").param("id", id.value())
        .query(UUID.class).optional().isPresent();
  }

  /** Numbers and snapshots an issued invoice and links its installments to their ledger items. */
  public void markIssued(InvoiceId id, String number, CustomerSnapshot customer, Instant now, String actor,
      List<ItemId> items) {
    for (int i = 0; i < items.size(); i++) {
      jdbc.sql("""
              update invoicing_installment set ledger_item_id = :item, open_minor = amount_minor
               where invoice_id = :id and installment_no = :no""")
          .param("item", items.get(i).value()).param("id", id.value()).param("no", i + 1).update();
    }
    jdbc.sql("""
            update invoicing_invoice
               set status = 'ISSUED', number = :number, open_minor = gross_minor, issued_at = :now, issued_by = :actor,
                   updated_at = :now, updated_by = :actor, version = version + 1, customer_code = :code,
                   customer_name = :name, customer_name_en = :nameEn, customer_tax_id = :taxId,
                   next_due_date = (select min(due_date) from invoicing_installment where invoice_id = :id)
             where id = :id and status = 'DRAFT'""")
        .param("number", number).param("now", Sql.utc(now)).param("actor", actor).param("code", customer.code())
        .param("name", InvoiceWriter.name(customer)).param("nameEn", customer.nameEn())
        .param("taxId", customer.taxId()).param("id", id.value()).update();
  }

  /** Mirrors the ledger's open amounts of some installments, then the invoice's total and next due date. */
  public void applyOpen(InvoiceId id, Map<Integer, Long> openByInstallment) {
    openByInstallment.forEach((no, open) -> jdbc.sql("""
            update invoicing_installment set open_minor = :open where invoice_id = :id and installment_no = :no""")
        .param("open", open).param("id", id.value()).param("no", no).update());
    jdbc.sql("""
            update invoicing_invoice i
               set open_minor = s.open, next_due_date = s.next_due
              from (select sum(open_minor) as open, min(due_date) filter (where open_minor > 0) as next_due
                      from invoicing_installment where invoice_id = :id) s
             where i.id = :id and i.status <> 'DRAFT'""")
        .param("id", id.value()).update();
  }

  /** Takes the row locks of these invoices in one statement (in id order); returns those that exist. */
  public java.util.Set<InvoiceId> lockAll(Collection<InvoiceId> ids) {
    java.util.Set<InvoiceId> out = new java.util.HashSet<>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbc.sql("select id from invoicing_invoice where id = any(:ids) order by id for update")
        .param("ids", ids.stream().map(InvoiceId::value).toArray(UUID[]::new))
        .query(rs -> {
          out.add(new InvoiceId(Sql.uuid(rs, "id")));
        });
    return out;
  }

  /** {@link #applyOpen} for many invoices: the installments in one batch, the invoices in one statement. */
  public void applyOpenAll(Map<InvoiceId, Map<Integer, Long>> openByInvoice) {
    if (openByInvoice.isEmpty()) {
      return;
    }
    List<Object[]> rows = new java.util.ArrayList<>();
    openByInvoice.forEach((id, byNo) -> byNo.forEach((no, open) -> rows.add(new Object[] {open, id.value(), no})));
    named.getJdbcTemplate().batchUpdate(
        "update invoicing_installment set open_minor = ? where invoice_id = ? and installment_no = ?", rows);
    jdbc.sql("""
            update invoicing_invoice i
               set open_minor = s.open, next_due_date = s.next_due
              from (select invoice_id, sum(open_minor) as open,
                           min(due_date) filter (where open_minor > 0) as next_due
                      from invoicing_installment where invoice_id = any(:ids) group by invoice_id) s
             where i.id = s.invoice_id and i.status <> 'DRAFT'""")
        .param("ids", openByInvoice.keySet().stream().map(InvoiceId::value).toArray(UUID[]::new)).update();
  }

  /** {@link #addCredit} for many credit notes, in order, as one batch. */
  public void addCreditAll(List<Map.Entry<InvoiceId, Money>> credits, Instant now, String actor) {
    List<Object[]> rows = new java.util.ArrayList<>(credits.size());
    credits.forEach(c -> rows.add(new Object[] {c.getValue().minor(), c.getValue().minor(), Sql.utc(now), actor,
        c.getKey().value()}));
    named.getJdbcTemplate().batchUpdate("""
        update invoicing_invoice
           set credited_minor = credited_minor + ?,
               status = case when credited_minor + ? = gross_minor then 'CANCELLED' else status end,
               updated_at = ?, updated_by = ?, version = version + 1
         where id = ? and status = 'ISSUED'""", rows);
  }

  /** Adds a credit note's gross amount to the credited total; fully credited cancels the invoice. */
  public void addCredit(InvoiceId id, Money gross, Instant now, String actor) {
    jdbc.sql("""
            update invoicing_invoice
               set credited_minor = credited_minor + :gross,
                   status = case when credited_minor + :gross = gross_minor then 'CANCELLED' else status end,
                   updated_at = :now, updated_by = :actor, version = version + 1
             where id = :id and status = 'ISSUED'""")
        .param("gross", gross.minor()).param("now", Sql.utc(now)).param("actor", actor).param("id", id.value())
        .update();
  }

  /** The invoices and installment numbers of these ledger items (items of other documents are not in the result). */
  public Map<InvoiceId, Map<Integer, ItemId>> installmentsOf(Collection<ItemId> ledgerItems) {
    Map<InvoiceId, Map<Integer, ItemId>> out = new java.util.LinkedHashMap<>();
    if (ledgerItems.isEmpty()) {
      return out;
    }
    jdbc.sql("""
            select invoice_id, installment_no, ledger_item_id from invoicing_installment
             where ledger_item_id = any(:items) order by invoice_id, installment_no""")
        .param("items", ledgerItems.stream().map(ItemId::value).distinct().toArray(UUID[]::new))
        .query(rs -> {
          out.computeIfAbsent(new InvoiceId(Sql.uuid(rs, "invoice_id")), k -> new java.util.TreeMap<>())
              .put(rs.getInt("installment_no"), new ItemId(Sql.uuid(rs, "ledger_item_id")));
        });
    return out;
  }

  private InvoiceView header(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
    CurrencyCode c = CurrencyCode.of(rs.getString("currency"));
    Money gross = Sql.money(rs, "gross_minor", c);
    Money open = Sql.money(rs, "open_minor", c);
    LocalDate next = Sql.date(rs, "next_due_date");
    String schedule = rs.getString("schedule");
    return new InvoiceView(new InvoiceId(Sql.uuid(rs, "id")), new CompanyId(Sql.uuid(rs, "company_id")),
        new CustomerId(Sql.uuid(rs, "customer_id")), InvoiceRows.customer(rs),
        InvoiceStatus.valueOf(rs.getString("status")), rs.getString("number"), c, Sql.date(rs, "invoice_date"),
        rs.getString("payment_terms"), Sql.date(rs, "requested_due_date"), Sql.date(rs, "due_date"), next,
        rs.getBoolean("prices_include_tax"), TaxRounding.valueOf(rs.getString("tax_rounding")),
        schedule == null ? null : json.readValue(schedule, InvoiceDraft.Schedule.class), rs.getString("reference"),
        rs.getString("notes"), List.of(), InvoiceRows.totals(rs, c), List.of(), List.of(), open,
        Sql.money(rs, "credited_minor", c), InvoiceRows.paymentStatus(open, gross),
        InvoiceRows.daysOverdue(open, next, today), rs.getLong("version"), stamps(rs));
  }

  private static InvoiceView.Stamps stamps(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new InvoiceView.Stamps(Sql.instant(rs, "created_at"), rs.getString("created_by"),
        Sql.instant(rs, "updated_at"), rs.getString("updated_by"), Sql.instant(rs, "issued_at"),
        rs.getString("issued_by"));
  }

  private InvoiceView withChildren(InvoiceView h) {
    UUID id = h.id().value();
    List<PricedLine> lines = jdbc.sql("select * from invoicing_invoice_line where invoice_id = :id order by line_no")
        .param("id", id).query((rs, n) -> InvoiceRows.line(rs, h.currency())).list();
    List<Installment> installments = jdbc.sql(
            "select * from invoicing_installment where invoice_id = :id order by installment_no")
        .param("id", id).query((rs, n) -> InvoiceRows.installment(rs, h.currency())).list();
    return assemble(h, lines, installments);
  }

  private static InvoiceView assemble(InvoiceView h, List<PricedLine> lines, List<Installment> installments) {
    return new InvoiceView(h.id(), h.companyId(), h.customerId(), h.customer(), h.status(), h.number(), h.currency(),
        h.invoiceDate(), h.paymentTerms(), h.requestedDueDate(), h.dueDate(), h.nextDueDate(), h.pricesIncludeTax(),
        h.taxRounding(), h.schedule(), h.reference(), h.notes(), lines, h.totals(),
        org.openar.invoicing.domain.Pricing.groups(lines, h.currency()), installments, h.openAmount(),
        h.creditedAmount(), h.paymentStatus(), h.daysOverdue(), h.version(), h.stamps());
  }
}
