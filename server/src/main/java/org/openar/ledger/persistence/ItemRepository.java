package org.openar.ledger.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.LedgerError;
import org.openar.ledger.domain.Item;
import org.openar.ledger.domain.ItemFacts;
import org.openar.shared.error.OpenArException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Items: insert, lock, read, and the open amount/status updates allocations cause. */
@Repository
public class ItemRepository {

  static final String INSERT = """
      insert into ledger_item (id, company_id, customer_id, original_minor, open_minor, created_at, document_date,
          due_date, value_date, installment_no, side, currency, type, status, document_number, payment_terms,
          reference, description, external_ref, reverses_item_id, batch_id, created_by)
      values (:id, :company, :customer, :original, :original, :now, :documentDate, :dueDate, :valueDate,
          :installment, :side, :currency, :type, 'OPEN', :number, :terms, :reference, :description, :externalRef,
          :reverses, :batch, :by)""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;

  public ItemRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  /** Inserts new items open for their whole amount; a taken document number is LEDGER_DUPLICATE_DOCUMENT. */
  public void insert(Collection<Item> items, Instant now, String by) {
    if (items.isEmpty()) {
      return;
    }
    MapSqlParameterSource[] batch = items.stream().map(i -> params(i.facts(), null, now, by))
        .toArray(MapSqlParameterSource[]::new);
    try {
      named.batchUpdate(INSERT, batch);
    } catch (DuplicateKeyException e) {
      ItemFacts first = items.iterator().next().facts();
      throw new OpenArException(LedgerError.LEDGER_DUPLICATE_DOCUMENT, first.type(), first.documentNumber())
          .onField("documentNumber");
    }
  }

  /** Whether a non-system item already uses this document key (checked before inserting, so no statement fails). */
  public boolean documentTaken(ItemFacts f) {
    return jdbc.sql("""
            select exists (select 1 from ledger_item where company_id = :c and type = :t and document_number = :n
                             and installment_no is not distinct from :i)""")
        .param("c", f.companyId().value()).param("t", f.type().name()).param("n", f.documentNumber())
        .param("i", f.installmentNo()).query(Boolean.class).single();
  }

  /**
   * Locks the items in id order without waiting: an item another transaction holds makes this fail at once with
   * LEDGER_ITEM_BUSY (409), so two clerks never both apply the same payment and nobody deadlocks.
   */
  public List<StoredItem> lock(Collection<ItemId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    try {
      List<StoredItem> out = new ArrayList<>(ids.size());
      for (List<UUID> chunk : chunks(values(ids))) {
        out.addAll(jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.id = any(:ids)"
                + " order by i.id for update nowait")
            .param("ids", chunk.toArray(UUID[]::new)).query(Rows::item).list());
      }
      return out;
    } catch (DataAccessException e) {
      if (lockNotAvailable(e)) {
        throw new OpenArException(LedgerError.LEDGER_ITEM_BUSY);
      }
      throw e;
    }
  }

  /** PostgreSQL's lock_not_available (55P03), however the driver's exception was translated. */
  static boolean lockNotAvailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PessimisticLockingFailureException
          || t instanceof java.sql.SQLException s && "55P03".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public Optional<StoredItem> find(ItemId id) {
    return jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.id = :id")
        .param("id", id.value()).query(Rows::item).optional();
  }

  public List<StoredItem> findAll(Collection<ItemId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<StoredItem> out = new ArrayList<>(ids.size());
    for (List<UUID> chunk : chunks(values(ids))) {
      out.addAll(jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.id = any(:ids)")
          .param("ids", chunk.toArray(UUID[]::new)).query(Rows::item).list());
    }
    return out;
  }

  /**
   * Id lists in sorted chunks of at most 10,000 (one array parameter each), so a bulk call never builds a huge
   * statement and locks stay in one global order across chunks.
   */
  static List<List<UUID>> chunks(List<UUID> ids) {
    List<UUID> sorted = new ArrayList<>(ids);
    sorted.sort(java.util.Comparator.comparing(UUID::toString));
    List<List<UUID>> out = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += 10_000) {
      out.add(sorted.subList(from, Math.min(sorted.size(), from + 10_000)));
    }
    return out;
  }

  /** Non-system items of a company and type with one of these document numbers (the document key's index). */
  public List<StoredItem> findDocuments(org.openar.customers.CompanyId company, String type, List<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.company_id = :c and i.type = :t"
            + " and i.document_number = any(:n)")
        .param("c", company.value()).param("t", type).param("n", numbers.toArray(String[]::new))
        .query(Rows::item).list();
  }

  /** The REVERSAL entry of a reversed item. */
  public Optional<StoredItem> reversalOf(ItemId id) {
    return jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.reverses_item_id = :id")
        .param("id", id.value()).query(Rows::item).optional();
  }

  /** Every item of a customer, for reconstructing its history in Java. */
  public List<StoredItem> ofCustomer(CustomerId customer) {
    return jdbc.sql("select " + Rows.ITEM_COLUMNS + " from ledger_item i where i.customer_id = :c")
        .param("c", customer.value()).query(Rows::item).list();
  }

  public void updateStates(Collection<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    // one statement for all rows (the per-row triggers still fire for each): a batch of one-row updates costs a
    // statement execution per row, which is most of a bulk receipt's write
    Map<UUID, Item> last = new LinkedHashMap<>();
    items.forEach(i -> last.put(i.id().value(), i));
    UUID[] ids = last.keySet().toArray(UUID[]::new);
    long[] open = last.values().stream().mapToLong(Item::openMinor).toArray();
    String[] status = last.values().stream().map(i -> i.status().name()).toArray(String[]::new);
    int updated = jdbc.sql("""
            update ledger_item i set open_minor = u.open, status = u.status
              from unnest(:ids::uuid[], :open::bigint[], :status::text[]) as u(id, open, status)
             where i.id = u.id""")
        .param("ids", ids).param("open", open).param("status", status).update();
    if (updated != ids.length) {
      throw new IllegalStateException("updated " + updated + " of " + ids.length + " ledger items");
    }
  }

  static MapSqlParameterSource params(ItemFacts f, UUID batch, Instant now, String by) {
    return new MapSqlParameterSource()
        .addValue("id", f.id().value()).addValue("company", f.companyId().value())
        .addValue("customer", f.customerId().value()).addValue("original", f.originalMinor())
        .addValue("now", Rows.utc(now)).addValue("documentDate", f.documentDate())
        .addValue("dueDate", f.dueDate()).addValue("valueDate", f.valueDate())
        .addValue("installment", f.installmentNo()).addValue("side", f.side().code())
        .addValue("currency", f.currency().code()).addValue("type", f.type().name())
        .addValue("number", f.documentNumber()).addValue("terms", f.terms() == null ? null : f.terms().code())
        .addValue("reference", f.reference()).addValue("description", f.description())
        .addValue("externalRef", f.externalRef())
        .addValue("reverses", f.reversesItemId() == null ? null : f.reversesItemId().value())
        .addValue("batch", batch).addValue("by", by);
  }

  static List<UUID> values(Collection<ItemId> ids) {
    List<UUID> list = new ArrayList<>(ids.size());
    ids.forEach(i -> list.add(i.value()));
    return list;
  }
}
