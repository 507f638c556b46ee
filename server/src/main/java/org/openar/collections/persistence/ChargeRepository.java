package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.ChargeId;
import org.openar.collections.ChargeKind;
import org.openar.collections.ChargeStatus;
import org.openar.collections.ChargeTerms;
import org.openar.collections.ChargeView;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Late-fee and interest terms (per company and per customer) and the charges posted under them. */
@Repository
public class ChargeRepository {

  private final JdbcClient jdbc;

  public ChargeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ChargeTerms> companyTerms(CompanyId company) {
    return jdbc.sql("select * from collections_charge_terms where company_id = :c and customer_id is null")
        .param("c", company.value()).query(ChargeRepository::terms).optional();
  }

  public Optional<ChargeTerms> customerTerms(CustomerId customer) {
    return jdbc.sql("select * from collections_charge_terms where customer_id = :c")
        .param("c", customer.value()).query(ChargeRepository::terms).optional();
  }

  /** Writes terms if the stored version is still {@code expected} (0: none stored). */
  public boolean saveTerms(CompanyId company, CustomerId customer, ChargeTerms t, long expected, String by,
      Instant now) {
    String conflict = customer == null ? " (company_id) where customer_id is null "
        : " (customer_id) where customer_id is not null ";
    CurrencyCode currency = t.currency();
    return jdbc.sql("""
            insert into collections_charge_terms as t (id, company_id, customer_id, late_fee_fixed_minor,
                late_fee_percent, fee_cap_minor, annual_interest_percent, interest_cap_percent, grace_days,
                min_charge_minor, currency, version, updated_by, updated_at)
            values (:id, :company, :customer, :fixed, :pct, :cap, :rate, :icap, :grace, :min, :currency, 1, :by, :now)
            on conflict""" + conflict + """
             do update set late_fee_fixed_minor = excluded.late_fee_fixed_minor,
                late_fee_percent = excluded.late_fee_percent, fee_cap_minor = excluded.fee_cap_minor,
                annual_interest_percent = excluded.annual_interest_percent,
                interest_cap_percent = excluded.interest_cap_percent, grace_days = excluded.grace_days,
                min_charge_minor = excluded.min_charge_minor, currency = excluded.currency, version = t.version + 1,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
              where t.version = :expected""")
        .param("id", org.openar.shared.id.Ids.newId()).param("company", company.value())
        .param("customer", customer == null ? null : customer.value()).param("fixed", minor(t.lateFeeFixed()))
        .param("pct", t.lateFeePercent()).param("cap", minor(t.feeCap()))
        .param("rate", t.annualInterestPercent()).param("icap", t.interestCapPercent())
        .param("grace", t.graceDays()).param("min", minor(t.minCharge()))
        .param("currency", currency == null ? null : currency.code()).param("expected", expected).param("by", by)
        .param("now", Sql.utc(now))
        .update() == 1;
  }

  /** The company-wide terms of every company that has some. */
  public Map<CompanyId, ChargeTerms> allCompanyTerms() {
    Map<CompanyId, ChargeTerms> out = new HashMap<>();
    jdbc.sql("select * from collections_charge_terms where customer_id is null")
        .query((rs, n) -> Map.entry(new CompanyId(Sql.uuid(rs, "company_id")), terms(rs, n))).list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  public Map<CustomerId, ChargeTerms> customerTerms(Collection<CustomerId> customers) {
    Map<CustomerId, ChargeTerms> out = new HashMap<>();
    jdbc.sql("select * from collections_charge_terms where customer_id = any(:ids)")
        .param("ids", Sql.ids(customers, CustomerId::value))
        .query((rs, n) -> Map.entry(new CustomerId(Sql.uuid(rs, "customer_id")), terms(rs, n))).list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  public void deleteCustomerTerms(CustomerId customer) {
    jdbc.sql("delete from collections_charge_terms where customer_id = :c").param("c", customer.value()).update();
  }

  public void insert(ChargeView c, CompanyId company, UUID run) {
    jdbc.sql("""
            insert into collections_charge (id, kind, customer_id, company_id, invoice_item_id, invoice_number,
                charge_item_id, charge_number, amount_minor, currency, period_from, period_to, status, run_id,
                created_at)
            values (:id, :kind, :customer, :company, :invoice, :invoiceNumber, :charge, :chargeNumber, :amount,
                :currency, :from, :to, 'POSTED', :run, :at)""")
        .param("id", c.id().value()).param("kind", c.kind().name()).param("customer", c.customerId().value())
        .param("company", company.value()).param("invoice", c.invoiceItemId().value())
        .param("invoiceNumber", c.invoiceNumber()).param("charge", c.chargeItemId().value())
        .param("chargeNumber", c.chargeNumber()).param("amount", c.amount().minor())
        .param("currency", c.amount().currency().code()).param("from", c.periodFrom()).param("to", c.periodTo())
        .param("run", run).param("at", Sql.utc(c.createdAt()))
        .update();
  }

  public boolean setStatus(ChargeId id, ChargeStatus from, ChargeStatus to, String approval, String reason,
      Instant waivedAt) {
    return jdbc.sql("""
            update collections_charge set status = :to, approval_id = coalesce(:approval, approval_id),
                waiver_reason = coalesce(:reason, waiver_reason), waived_at = :waivedAt
            where id = :id and status = :from""")
        .param("id", id.value()).param("from", from.name()).param("to", to.name()).param("approval", approval)
        .param("reason", reason).param("waivedAt", Sql.utc(waivedAt)).update() == 1;
  }

  public Optional<ChargeView> find(ChargeId id) {
    return jdbc.sql("select * from collections_charge where id = :id").param("id", id.value())
        .query(ChargeRepository::charge).optional();
  }

  public List<ChargeView> ofCustomer(CustomerId customer) {
    return jdbc.sql("select * from collections_charge where customer_id = :c order by created_at desc")
        .param("c", customer.value()).query(ChargeRepository::charge).list();
  }

  /** What was charged on these invoices so far: whether a late fee exists, the last interest day, interest total. */
  public record Charged(boolean fee, LocalDate interestUntil, long interestMinor) {}

  public Map<ItemId, Charged> charged(Collection<ItemId> invoices) {
    Map<ItemId, Charged> out = new HashMap<>();
    jdbc.sql("""
            select invoice_item_id, bool_or(kind = 'LATE_FEE') as fee,
                   max(period_to) filter (where kind = 'INTEREST') as until,
                   coalesce(sum(amount_minor) filter (where kind = 'INTEREST' and status <> 'WAIVED'), 0) as interest
              from collections_charge where invoice_item_id = any(:ids) group by invoice_item_id""")
        .param("ids", Sql.ids(invoices, ItemId::value))
        .query(rs -> {
          out.put(new ItemId(Sql.uuid(rs, "invoice_item_id")), new Charged(rs.getBoolean("fee"),
              Sql.date(rs, "until"), rs.getLong("interest")));
        });
    return out;
  }

  private static Long minor(Money m) {
    return m == null ? null : m.minor();
  }

  private static ChargeTerms terms(ResultSet rs, int n) throws SQLException {
    String c = rs.getString("currency");
    CurrencyCode currency = c == null ? null : CurrencyCode.of(c.trim());
    return new ChargeTerms(money(rs, "late_fee_fixed_minor", currency), rs.getBigDecimal("late_fee_percent"),
        money(rs, "fee_cap_minor", currency), rs.getBigDecimal("annual_interest_percent"),
        rs.getBigDecimal("interest_cap_percent"), rs.getInt("grace_days"), money(rs, "min_charge_minor", currency),
        rs.getLong("version"));
  }

  private static Money money(ResultSet rs, String column, CurrencyCode currency) throws SQLException {
    long minor = rs.getLong(column);
    return rs.wasNull() || currency == null ? null : Money.ofMinor(minor, currency);
  }

  private static ChargeView charge(ResultSet rs, int n) throws SQLException {
    return new ChargeView(new ChargeId(Sql.uuid(rs, "id")), ChargeKind.valueOf(rs.getString("kind")),
        new CustomerId(Sql.uuid(rs, "customer_id")), new ItemId(Sql.uuid(rs, "invoice_item_id")),
        rs.getString("invoice_number"), new ItemId(Sql.uuid(rs, "charge_item_id")), rs.getString("charge_number"),
        Sql.money(rs, "amount_minor", "currency"), Sql.date(rs, "period_from"), Sql.date(rs, "period_to"),
        ChargeStatus.valueOf(rs.getString("status")), rs.getString("approval_id"), rs.getString("waiver_reason"),
        Sql.instant(rs, "created_at"), Sql.instant(rs, "waived_at"));
  }
}
