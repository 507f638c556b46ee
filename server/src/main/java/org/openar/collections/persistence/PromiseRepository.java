package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.PromiseChannel;
import org.openar.collections.PromiseId;
import org.openar.collections.PromiseStatus;
import org.openar.collections.PromiseView;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Promises to pay and the items they cover (with each item's open amount when the promise was made). */
@Repository
public class PromiseRepository {

  private final JdbcClient jdbc;

  public PromiseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(PromiseView p, CompanyId company, Map<ItemId, Long> openAtPromise) {
    jdbc.sql("""
            insert into collections_promise (id, customer_id, company_id, amount_minor, currency, promised_date,
                grace_days, channel, promised_by, note, status, created_by, created_at)
            values (:id, :customer, :company, :amount, :currency, :date, :grace, :channel, :promisedBy, :note, 'OPEN',
                :by, :at)""")
        .param("id", p.id().value()).param("customer", p.customerId().value()).param("company", company.value())
        .param("amount", p.amount().minor()).param("currency", p.amount().currency().code())
        .param("date", p.promisedDate()).param("grace", p.graceDays()).param("channel", p.channel().name())
        .param("promisedBy", p.promisedBy()).param("note", p.note()).param("by", p.recordedBy())
        .param("at", Sql.utc(p.createdAt()))
        .update();
    openAtPromise.forEach((item, open) -> jdbc.sql("""
            insert into collections_promise_item (promise_id, item_id, open_minor, active)
            values (:promise, :item, :open, true)""")
        .param("promise", p.id().value()).param("item", item.value()).param("open", open).update());
  }

  /** Items among these that are under an open promise. */
  public List<ItemId> activeAmong(Collection<ItemId> items) {
    return jdbc.sql("select item_id from collections_promise_item where active and item_id = any(:ids)")
        .param("ids", Sql.ids(items, ItemId::value)).query((rs, n) -> new ItemId(Sql.uuid(rs, "item_id"))).list();
  }

  /** Closes an open promise; false when it is not open any more. */
  public boolean resolve(PromiseId id, PromiseStatus status, long paidMinor, LocalDate on, Instant now) {
    int n = jdbc.sql("""
            update collections_promise set status = :status, paid_minor = :paid, resolved_on = :on, resolved_at = :now
            where id = :id and status = 'OPEN'""")
        .param("id", id.value()).param("status", status.name()).param("paid", paidMinor).param("on", on)
        .param("now", Sql.utc(now)).update();
    jdbc.sql("update collections_promise_item set active = false where promise_id = :id")
        .param("id", id.value()).update();
    return n == 1;
  }

  public void setPaid(PromiseId id, long paidMinor) {
    jdbc.sql("update collections_promise set paid_minor = :paid where id = :id and status = 'OPEN'")
        .param("id", id.value()).param("paid", paidMinor).update();
  }

  public Optional<PromiseView> find(PromiseId id) {
    return views("p.id = :id", Map.of("id", id.value())).stream().findFirst();
  }

  /** Locks an open promise row so a payment event and the daily check cannot both resolve it. */
  public boolean lockOpen(PromiseId id) {
    return jdbc.sql("select 1 from collections_promise where id = :id and status = 'OPEN' for update")
        .param("id", id.value()).query(Integer.class).optional().isPresent();
  }

  public List<PromiseView> ofCustomer(CustomerId customer) {
    return views("p.customer_id = :customer", Map.of("customer", customer.value()));
  }

  public List<PromiseView> openCovering(Collection<ItemId> items) {
    return views("p.status = 'OPEN' and p.id in (select promise_id from collections_promise_item"
        + " where active and item_id = any(:items))", Map.of("items", Sql.ids(items, ItemId::value)));
  }

  public List<PromiseId> openDueBefore(LocalDate today) {
    return jdbc.sql("""
            select id from collections_promise
             where status = 'OPEN' and promised_date + grace_days < :today order by promised_date""")
        .param("today", today).query((rs, n) -> new PromiseId(Sql.uuid(rs, "id"))).list();
  }

  /** The open amount of each covered item when the promise was made. */
  public Map<ItemId, Long> openAtPromise(PromiseId id) {
    Map<ItemId, Long> out = new LinkedHashMap<>();
    jdbc.sql("select item_id, open_minor from collections_promise_item where promise_id = :id")
        .param("id", id.value())
        .query(rs -> {
          out.put(new ItemId(Sql.uuid(rs, "item_id")), rs.getLong("open_minor"));
        });
    return out;
  }

  /** Items under open promises of these customers, with the last day dunning pauses for them. */
  public Map<ItemId, LocalDate> pausedItems(Collection<CustomerId> customers) {
    Map<ItemId, LocalDate> out = new HashMap<>();
    jdbc.sql("""
            select i.item_id, p.promised_date + p.grace_days as until
              from collections_promise_item i join collections_promise p on p.id = i.promise_id
             where i.active and p.status = 'OPEN' and p.customer_id = any(:ids)""")
        .param("ids", Sql.ids(customers, CustomerId::value))
        .query(rs -> {
          out.put(new ItemId(Sql.uuid(rs, "item_id")), Sql.date(rs, "until"));
        });
    return out;
  }

  public Map<CustomerId, Integer> openCounts(Collection<CustomerId> customers) {
    Map<CustomerId, Integer> out = new HashMap<>();
    jdbc.sql("""
            select customer_id, count(*) as n from collections_promise
             where status = 'OPEN' and customer_id = any(:ids) group by customer_id""")
        .param("ids", Sql.ids(customers, CustomerId::value))
        .query(rs -> {
          out.put(new CustomerId(Sql.uuid(rs, "customer_id")), rs.getInt("n"));
        });
    return out;
  }

  /** Kept and broken promises resolved on or after {@code since}, per customer: {kept, broken}. */
  public Map<CustomerId, int[]> outcomes(Collection<CustomerId> customers, LocalDate since) {
    Map<CustomerId, int[]> out = new HashMap<>();
    jdbc.sql("""
            select customer_id, count(*) filter (where status = 'KEPT') as kept,
                   count(*) filter (where status = 'BROKEN') as broken
              from collections_promise
             where customer_id = any(:ids) and resolved_on >= :since group by customer_id""")
        .param("ids", Sql.ids(customers, CustomerId::value)).param("since", since)
        .query(rs -> {
          out.put(new CustomerId(Sql.uuid(rs, "customer_id")), new int[] {rs.getInt("kept"), rs.getInt("broken")});
        });
    return out;
  }

  private List<PromiseView> views(String where, Map<String, Object> params) {
    Map<UUID, List<ItemId>> items = new HashMap<>();
    List<PromiseView> rows = jdbc.sql("select p.* from collections_promise p where " + where
            + " order by p.created_at desc").params(params).query(PromiseRepository::map).list();
    if (rows.isEmpty()) {
      return rows;
    }
    jdbc.sql("select promise_id, item_id from collections_promise_item where promise_id = any(:ids)")
        .param("ids", rows.stream().map(p -> p.id().value()).toArray(UUID[]::new))
        .query(rs -> {
          items.computeIfAbsent(Sql.uuid(rs, "promise_id"), k -> new ArrayList<>())
              .add(new ItemId(Sql.uuid(rs, "item_id")));
        });
    return rows.stream().map(p -> new PromiseView(p.id(), p.customerId(), p.amount(), p.promisedDate(),
        p.graceDays(), p.channel(), p.promisedBy(), p.note(), p.status(), p.paid(),
        items.getOrDefault(p.id().value(), List.of()), p.recordedBy(), p.createdAt(), p.resolvedOn())).toList();
  }

  private static PromiseView map(ResultSet rs, int n) throws SQLException {
    CurrencyCode currency = CurrencyCode.of(rs.getString("currency").trim());
    return new PromiseView(new PromiseId(Sql.uuid(rs, "id")), new CustomerId(Sql.uuid(rs, "customer_id")),
        Money.ofMinor(rs.getLong("amount_minor"), currency), Sql.date(rs, "promised_date"), rs.getInt("grace_days"),
        PromiseChannel.valueOf(rs.getString("channel")), rs.getString("promised_by"), rs.getString("note"),
        PromiseStatus.valueOf(rs.getString("status")), Money.ofMinor(rs.getLong("paid_minor"), currency), List.of(),
        rs.getString("created_by"), Sql.instant(rs, "created_at"), Sql.date(rs, "resolved_on"));
  }
}
