package org.openar.collections.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.collections.RunId;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyId;
import org.openar.collections.domain.ItemProgress;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.id.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far items got on each channel, the escalation marks of broken promises, and the contact log. */
@Repository
public class ProgressRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public ProgressRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public record Advance(ItemId item, StepChannel channel, CustomerId customer, int level, int offsetDays,
      StrategyId strategy, int version) {}

  public Map<ItemId, Map<StepChannel, ItemProgress>> progress(Collection<CustomerId> customers) {
    Map<ItemId, Map<StepChannel, ItemProgress>> out = new HashMap<>();
    jdbc.sql("select * from collections_item_progress where customer_id = any(:ids)")
        .param("ids", Sql.ids(customers, CustomerId::value))
        .query(rs -> {
          out.computeIfAbsent(new ItemId(Sql.uuid(rs, "item_id")), k -> new EnumMap<>(StepChannel.class))
              .put(StepChannel.valueOf(rs.getString("channel")), new ItemProgress(rs.getInt("level"),
                  rs.getInt("offset_days"), new StrategyId(Sql.uuid(rs, "strategy_id")),
                  rs.getInt("strategy_version")));
        });
    return out;
  }

  public void advance(List<Advance> advances, RunId run, LocalDate asOf) {
    if (advances.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    for (Advance a : advances) {
      rows.add(new Object[] {a.item().value(), a.channel().name(), a.customer().value(), a.level(), a.offsetDays(),
          a.strategy().value(), a.version(), run.value(), asOf});
    }
    template.batchUpdate("""
        insert into collections_item_progress (item_id, channel, customer_id, level, offset_days, strategy_id,
            strategy_version, run_id, as_of)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (item_id, channel) do update set level = excluded.level, offset_days = excluded.offset_days,
            strategy_id = excluded.strategy_id, strategy_version = excluded.strategy_version,
            run_id = excluded.run_id, as_of = excluded.as_of""", rows);
  }

  public Set<ItemId> escalated(Collection<CustomerId> customers) {
    Set<ItemId> out = new HashSet<>();
    jdbc.sql("select item_id from collections_item_escalation where customer_id = any(:ids)")
        .param("ids", Sql.ids(customers, CustomerId::value))
        .query(rs -> {
          out.add(new ItemId(Sql.uuid(rs, "item_id")));
        });
    return out;
  }

  public void escalate(Collection<ItemId> items, CustomerId customer, UUID promise, Instant now) {
    for (ItemId item : items) {
      jdbc.sql("""
              insert into collections_item_escalation (item_id, customer_id, promise_id, created_at)
              values (:item, :customer, :promise, :now) on conflict (item_id) do nothing""")
          .param("item", item.value()).param("customer", customer.value()).param("promise", promise)
          .param("now", Sql.utc(now)).update();
    }
  }

  public void clearEscalations(Collection<ItemId> items) {
    if (!items.isEmpty()) {
      jdbc.sql("delete from collections_item_escalation where item_id = any(:ids)")
          .param("ids", Sql.ids(items, ItemId::value)).update();
    }
  }

  public void contact(CustomerId customer, String channel, LocalDate date, String source, UUID ref, Instant now) {
    jdbc.sql("""
            insert into collections_contact (id, customer_id, channel, contact_date, source, ref_id, created_at)
            values (:id, :customer, :channel, :date, :source, :ref, :now)""")
        .param("id", Ids.newId()).param("customer", customer.value()).param("channel", channel)
        .param("date", date).param("source", source).param("ref", ref).param("now", Sql.utc(now)).update();
  }

  public record ContactStats(int inWindow, LocalDate last) {}

  /** Contacts within the window ending on {@code asOf} (inclusive, {@code windowDays} long) and the latest one before. */
  public Map<CustomerId, ContactStats> contactStats(Collection<CustomerId> customers, LocalDate asOf,
      int windowDays) {
    Map<CustomerId, ContactStats> out = new HashMap<>();
    jdbc.sql("""
            select customer_id, count(*) filter (where contact_date > :from) as in_window,
                   max(contact_date) as last
              from collections_contact
             where customer_id = any(:ids) and contact_date <= :asOf
             group by customer_id""")
        .param("ids", Sql.ids(customers, CustomerId::value)).param("from", asOf.minusDays(windowDays))
        .param("asOf", asOf)
        .query(rs -> {
          out.put(new CustomerId(Sql.uuid(rs, "customer_id")),
              new ContactStats(rs.getInt("in_window"), Sql.date(rs, "last")));
        });
    return out;
  }
}
