package org.openar.disputes.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.disputes.DisputeId;
import org.openar.disputes.DisputeOutcome;
import org.openar.disputes.DisputeReason;
import org.openar.disputes.DisputeStatus;
import org.openar.disputes.DisputeView;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DisputeRepository {

  private static final Map<String, String> SORT_COLUMNS = Map.of("openedAt", "opened_at", "resolvedAt",
      "resolved_at", "status", "status", "reason", "reason", "documentNumber", "document_number");

  private final JdbcClient jdbc;

  public DisputeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts an open dispute; false when the item already has one (the partial unique index decides). */
  public boolean insert(DisputeView d) {
    return jdbc.sql("""
            insert into disputes_dispute (id, item_id, customer_id, company_id, document_number, open_minor, currency,
                reason, note, status, opened_by, opened_at)
            values (:id, :item, :customer, :company, :doc, :open, :currency, :reason, :note, 'OPEN', :by, :at)
            on conflict (item_id) where status = 'OPEN' do nothing""")
        .param("id", d.id().value()).param("item", d.itemId().value()).param("customer", d.customerId().value())
        .param("company", d.companyId().value()).param("doc", d.documentNumber())
        .param("open", d.openAmount().minor()).param("currency", d.openAmount().currency().code())
        .param("reason", d.reason().name()).param("note", d.note()).param("by", d.openedBy())
        .param("at", Sql.utc(d.openedAt()))
        .update() == 1;
  }

  /** Resolves an open dispute; false when it is not open (any more). */
  public boolean resolve(DisputeId id, DisputeOutcome outcome, String note, String by, Instant at) {
    return jdbc.sql("""
            update disputes_dispute set status = 'RESOLVED', outcome = :outcome, resolution_note = :note,
                resolved_by = :by, resolved_at = :at
            where id = :id and status = 'OPEN'""")
        .param("id", id.value()).param("outcome", outcome.name()).param("note", note).param("by", by)
        .param("at", Sql.utc(at))
        .update() == 1;
  }

  public Optional<DisputeView> find(DisputeId id) {
    return jdbc.sql("select * from disputes_dispute where id = :id").param("id", id.value())
        .query(DisputeRepository::map).optional();
  }

  public Optional<DisputeView> openFor(ItemId item) {
    return jdbc.sql("select * from disputes_dispute where item_id = :item and status = 'OPEN'")
        .param("item", item.value()).query(DisputeRepository::map).optional();
  }

  /** {@code visible} null means every customer. */
  public List<DisputeView> search(CustomerId customer, DisputeStatus status, Set<CustomerId> visible,
      PageQuery page) {
    String order = page.sortField() == null ? "opened_at desc"
        : SORT_COLUMNS.get(page.sortField()) + (page.descending() ? " desc" : " asc");
    return jdbc.sql("select * from disputes_dispute where " + filter() + " order by " + order + ", id"
            + " limit :limit offset :offset")
        .params(filterParams(customer, status, visible))
        .param("limit", page.size()).param("offset", page.offset())
        .query(DisputeRepository::map).list();
  }

  public long count(CustomerId customer, DisputeStatus status, Set<CustomerId> visible) {
    return jdbc.sql("select count(*) from disputes_dispute where " + filter())
        .params(filterParams(customer, status, visible)).query(Long.class).single();
  }

  public Set<ItemId> openAmong(Collection<ItemId> items) {
    UUID[] ids = items.stream().map(ItemId::value).toArray(UUID[]::new);
    return ids(jdbc.sql("select item_id from disputes_dispute where status = 'OPEN' and item_id = any(:ids)")
        .param("ids", ids).query(UUID.class).list());
  }

  public Set<ItemId> openForCustomers(Collection<CustomerId> customers) {
    UUID[] ids = customers.stream().map(CustomerId::value).toArray(UUID[]::new);
    return ids(jdbc.sql("select item_id from disputes_dispute where status = 'OPEN' and customer_id = any(:ids)")
        .param("ids", ids).query(UUID.class).list());
  }

  private static String filter() {
    return """
        (cast(:customer as uuid) is null or customer_id = :customer)
        and (cast(:status as text) is null or status = :status)
        and (not :restricted or customer_id = any(:visible))""";
  }

  private static Map<String, Object> filterParams(CustomerId customer, DisputeStatus status,
      Set<CustomerId> visible) {
    java.util.HashMap<String, Object> p = new java.util.HashMap<>();
    p.put("customer", customer == null ? null : customer.value());
    p.put("status", status == null ? null : status.name());
    p.put("restricted", visible != null);
    p.put("visible", visible == null ? new UUID[0] : visible.stream().map(CustomerId::value).toArray(UUID[]::new));
    return p;
  }

  private static Set<ItemId> ids(List<UUID> list) {
    Set<ItemId> out = new HashSet<>();
    list.forEach(u -> out.add(new ItemId(u)));
    return out;
  }

  private static DisputeView map(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    return new DisputeView(new DisputeId(rs.getObject("id", UUID.class)), new ItemId(rs.getObject("item_id", UUID.class)),
        new CustomerId(rs.getObject("customer_id", UUID.class)), new CompanyId(rs.getObject("company_id", UUID.class)),
        rs.getString("document_number"),
        Money.ofMinor(rs.getLong("open_minor"), CurrencyCode.of(rs.getString("currency").trim())),
        DisputeReason.valueOf(rs.getString("reason")), rs.getString("note"),
        DisputeStatus.valueOf(rs.getString("status")), rs.getString("opened_by"), Sql.instant(rs, "opened_at"),
        outcome == null ? null : DisputeOutcome.valueOf(outcome), rs.getString("resolution_note"),
        rs.getString("resolved_by"), Sql.instant(rs, "resolved_at"));
  }
}
