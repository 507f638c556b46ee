package org.openar.ledger.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.ledger.domain.Entry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocation rows: appended, never changed. */
@Repository
public class AllocationRepository {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;

  public AllocationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  public void insert(List<Entry> entries, Instant now, String by) {
    if (entries.isEmpty()) {
      return;
    }
    MapSqlParameterSource[] batch = params(entries, now, by);
    // one row at a time in order: an unallocation or a discount row refers to a row written just before it
    for (MapSqlParameterSource row : batch) {
      named.update(INSERT, row);
    }
  }

  /**
   * The same rows as {@link #insert}, in order, as one JDBC batch (multi-row inserts). Safe for rows that refer to rows
   * earlier in the list: foreign keys are checked at the end of each statement, and PostgreSQL shows a row-level
   * BEFORE trigger the rows its statement inserted before the current one.
   */
  public void insertAll(List<Entry> entries, Instant now, String by) {
    if (!entries.isEmpty()) {
      named.batchUpdate(INSERT, params(entries, now, by));
    }
  }

  private static final String INSERT = """
      insert into ledger_allocation (id, credit_item_id, debit_item_id, amount_minor, effective_date, created_at,
          currency, undoes_id, linked_to_id, note, created_by)
      values (:id, :credit, :debit, :amount, :date, :now, :currency, :undoes, :linked, :note, :by)""";

  private static MapSqlParameterSource[] params(List<Entry> entries, Instant now, String by) {
    return entries.stream().map(e -> new MapSqlParameterSource()
            .addValue("id", e.id().value()).addValue("credit", e.creditId().value())
            .addValue("debit", e.debitId().value()).addValue("amount", e.amountMinor())
            .addValue("date", e.effectiveDate()).addValue("now", Rows.utc(now))
            .addValue("currency", e.currency().code())
            .addValue("undoes", e.undoes() == null ? null : e.undoes().value())
            .addValue("linked", e.linkedTo() == null ? null : e.linkedTo().value())
            .addValue("note", e.note()).addValue("by", by))
        .toArray(MapSqlParameterSource[]::new);
  }

  public Optional<StoredEntry> find(AllocationId id) {
    return jdbc.sql("select " + Rows.ENTRY_COLUMNS + " from ledger_allocation a where a.id = :id")
        .param("id", id.value()).query(Rows::entry).optional();
  }

  /** Every row touching any of the items, in the order they were written. */
  public List<StoredEntry> ofItems(Collection<ItemId> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + Rows.ENTRY_COLUMNS + " from ledger_allocation a"
            + " where a.credit_item_id in (:ids) or a.debit_item_id in (:ids) order by a.seq")
        .param("ids", ItemRepository.values(items)).query(Rows::entry).list();
  }
}
