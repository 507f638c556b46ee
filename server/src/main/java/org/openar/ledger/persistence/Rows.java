package org.openar.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.ledger.domain.Entry;
import org.openar.ledger.domain.ItemFacts;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.terms.PaymentTerms;

/** Row mapping shared by the ledger's repositories. */
final class Rows {

  static final String ITEM_COLUMNS = """
      i.id, i.company_id, i.customer_id, i.type, i.side, i.document_number, i.installment_no, i.currency,
      i.original_minor, i.open_minor, i.document_date, i.due_date, i.value_date, i.payment_terms, i.reference,
      i.description, i.external_ref, i.status, i.reverses_item_id, i.batch_id, i.created_at, i.created_by""";

  static final String ENTRY_COLUMNS = """
      a.id, a.credit_item_id, a.debit_item_id, a.currency, a.amount_minor, a.effective_date, a.undoes_id,
      a.linked_to_id, a.note, a.created_at, a.created_by""";

  private Rows() {}

  static StoredItem item(ResultSet rs, int n) throws SQLException {
    String terms = rs.getString("payment_terms");
    Integer installment = rs.getObject("installment_no", Integer.class);
    UUID reverses = rs.getObject("reverses_item_id", UUID.class);
    ItemFacts facts = new ItemFacts(
        new ItemId(rs.getObject("id", UUID.class)),
        new CompanyId(rs.getObject("company_id", UUID.class)),
        new CustomerId(rs.getObject("customer_id", UUID.class)),
        ItemType.valueOf(rs.getString("type")),
        Side.ofCode(rs.getString("side")),
        rs.getString("document_number"),
        installment,
        CurrencyCode.of(rs.getString("currency")),
        rs.getLong("original_minor"),
        rs.getObject("document_date", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        rs.getObject("value_date", LocalDate.class),
        terms == null ? null : PaymentTerms.parse(terms),
        rs.getString("reference"),
        rs.getString("description"),
        rs.getString("external_ref"),
        reverses == null ? null : new ItemId(reverses));
    return new StoredItem(facts, rs.getLong("open_minor"), ItemStatus.valueOf(rs.getString("status")),
        rs.getObject("batch_id", UUID.class), instant(rs, "created_at"), rs.getString("created_by"));
  }

  static StoredEntry entry(ResultSet rs, int n) throws SQLException {
    UUID undoes = rs.getObject("undoes_id", UUID.class);
    UUID linked = rs.getObject("linked_to_id", UUID.class);
    Entry e = new Entry(
        new AllocationId(rs.getObject("id", UUID.class)),
        new ItemId(rs.getObject("credit_item_id", UUID.class)),
        new ItemId(rs.getObject("debit_item_id", UUID.class)),
        CurrencyCode.of(rs.getString("currency")),
        rs.getLong("amount_minor"),
        rs.getObject("effective_date", LocalDate.class),
        undoes == null ? null : new AllocationId(undoes),
        linked == null ? null : new AllocationId(linked),
        rs.getString("note"));
    return new StoredEntry(e, instant(rs, "created_at"), rs.getString("created_by"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  static UUID[] uuids(java.util.Collection<?> ids) {
    return ids.stream().map(id -> id instanceof ItemId i ? i.value() : ((AllocationId) id).value())
        .toArray(UUID[]::new);
  }
}
