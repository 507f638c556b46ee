package org.openar.collections.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.ContactChannel;
import org.openar.collections.CustomerProfile;
import org.openar.collections.CustomerProfile.OptOut;
import org.openar.collections.StrategyId;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer profiles, contacts' opt-outs and the companies' contact rules. */
@Repository
public class ProfileRepository {

  private final JdbcClient jdbc;

  public ProfileRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CustomerProfile> find(CustomerId id) {
    return profiles(List.of(id)).values().stream().findFirst();
  }

  /** The stored profiles with their opt-outs; customers without a row are absent. */
  public Map<CustomerId, CustomerProfile> profiles(Collection<CustomerId> ids) {
    UUID[] keys = Sql.ids(ids, CustomerId::value);
    Map<UUID, List<OptOut>> optOuts = jdbc.sql("select * from collections_opt_out where customer_id = any(:ids)"
            + " order by created_at").param("ids", keys)
        .query((rs, n) -> Map.entry(Sql.uuid(rs, "customer_id"), new OptOut(Sql.uuid(rs, "contact_id"),
            ContactChannel.valueOf(rs.getString("channel")), rs.getString("reason"), rs.getString("created_by"),
            Sql.instant(rs, "created_at"))))
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    Map<CustomerId, CustomerProfile> out = new HashMap<>();
    jdbc.sql("select * from collections_profile where customer_id = any(:ids)").param("ids", keys)
        .query((rs, n) -> map(rs, optOuts.getOrDefault(Sql.uuid(rs, "customer_id"), List.of())))
        .list().forEach(p -> out.put(p.customerId(), p));
    optOuts.forEach((customer, list) -> out.computeIfAbsent(new CustomerId(customer),
        c -> new CustomerProfile(c, null, null, null, null, null, null, null, null, list, 0)));
    return out;
  }

  /** Writes the profile; false when its stored version is not {@code expectedVersion} (0: no row yet). */
  public boolean save(CustomerProfile p, CompanyId company, long expectedVersion, String by, Instant now) {
    return jdbc.sql("""
            insert into collections_profile as p (customer_id, company_id, strategy_id, collector_id, time_zone,
                block_reason, blocked_until, blocked_by, blocked_at, next_action_date, version, updated_by, updated_at)
            values (:customer, :company, :strategy, :collector, :zone, :reason, :until, :blockedBy, :blockedAt,
                :next, 1, :by, :now)
            on conflict (customer_id) do update set strategy_id = excluded.strategy_id,
                collector_id = excluded.collector_id, time_zone = excluded.time_zone,
                block_reason = excluded.block_reason, blocked_until = excluded.blocked_until,
                blocked_by = excluded.blocked_by, blocked_at = excluded.blocked_at,
                next_action_date = excluded.next_action_date, version = p.version + 1,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
              where p.version = :expected""")
        .param("customer", p.customerId().value()).param("company", company.value())
        .param("strategy", p.strategyId() == null ? null : p.strategyId().value())
        .param("collector", p.collectorId()).param("zone", p.timeZone() == null ? null : p.timeZone().getId())
        .param("reason", p.blockReason()).param("until", p.blockedUntil()).param("blockedBy", p.blockedBy())
        .param("blockedAt", Sql.utc(p.blockedAt())).param("next", p.nextActionDate())
        .param("expected", expectedVersion).param("by", by).param("now", Sql.utc(now))
        .update() == 1;
  }

  public void optOut(CustomerId customer, OptOut o) {
    jdbc.sql("""
            insert into collections_opt_out (contact_id, channel, customer_id, reason, created_by, created_at)
            values (:contact, :channel, :customer, :reason, :by, :at)
            on conflict (contact_id, channel) do update set reason = excluded.reason""")
        .param("contact", o.contactId()).param("channel", o.channel().name()).param("customer", customer.value())
        .param("reason", o.reason()).param("by", o.createdBy()).param("at", Sql.utc(o.createdAt()))
        .update();
  }

  public boolean optIn(UUID contact, ContactChannel channel) {
    return jdbc.sql("delete from collections_opt_out where contact_id = :contact and channel = :channel")
        .param("contact", contact).param("channel", channel.name()).update() == 1;
  }

  /** Customers whose collector override is {@code collector}. */
  public List<CustomerId> withCollector(UUID collector) {
    return jdbc.sql("select customer_id from collections_profile where collector_id = :collector")
        .param("collector", collector).query((rs, n) -> new CustomerId(Sql.uuid(rs, "customer_id"))).list();
  }

  public Optional<ComplianceSettings> compliance(CompanyId company) {
    return jdbc.sql("select * from collections_compliance where company_id = :company")
        .param("company", company.value()).query(ProfileRepository::compliance).optional();
  }

  public boolean saveCompliance(CompanyId company, ComplianceSettings s, long expectedVersion, String by,
      Instant now) {
    return jdbc.sql("""
            insert into collections_compliance as c (company_id, max_contacts, window_days, quiet_start, quiet_end,
                holidays, version, updated_by, updated_at)
            values (:company, :max, :window, :start, :end, cast(:holidays as date[]), 1, :by, :now)
            on conflict (company_id) do update set max_contacts = excluded.max_contacts,
                window_days = excluded.window_days, quiet_start = excluded.quiet_start,
                quiet_end = excluded.quiet_end, holidays = excluded.holidays, version = c.version + 1,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
              where c.version = :expected""")
        .param("company", company.value()).param("max", s.maxContacts()).param("window", s.windowDays())
        .param("start", s.quietStart()).param("end", s.quietEnd())
        .param("holidays", s.holidays().stream().map(LocalDate::toString).toArray(String[]::new)).param("expected", expectedVersion)
        .param("by", by).param("now", Sql.utc(now))
        .update() == 1;
  }

  private static ComplianceSettings compliance(ResultSet rs, int n) throws SQLException {
    Array a = rs.getArray("holidays");
    Set<LocalDate> holidays = a == null ? Set.of() : Arrays.stream((Object[]) a.getArray())
        .map(o -> o instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(o.toString()))
        .collect(Collectors.toSet());
    return new ComplianceSettings(rs.getInt("max_contacts"), rs.getInt("window_days"),
        rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class), holidays,
        rs.getLong("version"));
  }

  private static CustomerProfile map(ResultSet rs, List<OptOut> optOuts) throws SQLException {
    UUID strategy = Sql.uuid(rs, "strategy_id");
    String zone = rs.getString("time_zone");
    return new CustomerProfile(new CustomerId(Sql.uuid(rs, "customer_id")),
        strategy == null ? null : new StrategyId(strategy), Sql.uuid(rs, "collector_id"),
        zone == null ? null : ZoneId.of(zone), rs.getString("block_reason"), Sql.date(rs, "blocked_until"),
        rs.getString("blocked_by"), Sql.instant(rs, "blocked_at"), Sql.date(rs, "next_action_date"), optOuts,
        rs.getLong("version"));
  }
}
