package org.openar.customers.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.BankAccountId;
import org.openar.customers.BankAccountView;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerStatus;
import org.openar.customers.PayerIndex;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BankAccountRepository {

  private static final String COLUMNS =
      "id, customer_id, account_number, number_key, iban, bank_name, holder_name, bic, currency, version";

  private final JdbcClient jdbc;

  public BankAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who already holds an account number in a company (by customer code), for a clear conflict message. */
  public record Holder(CustomerId customerId, String customerCode, BankAccountId accountId) {}

  public void insert(CompanyId company, BankAccountView a, Instant now) {
    jdbc.sql("""
            insert into customers_bank_account (id, customer_id, company_id, account_number, number_key, iban,
                bank_name, holder_name, bic, currency, version, created_at, updated_at)
            values (:id, :customer, :company, :number, :key, :iban, :bank, :holder, :bic, :currency, :version, :now,
                :now)""")
        .param("customer", a.customerId().value()).param("company", company.value())
        .params(fields(a)).param("now", Sql.utc(now))
        .update();
  }

  public boolean update(BankAccountView a, long expectedVersion, Instant now) {
    return jdbc.sql("""
            update customers_bank_account set account_number = :number, number_key = :key, iban = :iban,
                bank_name = :bank, holder_name = :holder, bic = :bic, currency = :currency, version = :version,
                updated_at = :now
            where id = :id and version = :expected""")
        .params(fields(a)).param("expected", expectedVersion).param("now", Sql.utc(now))
        .update() == 1;
  }

  public void delete(BankAccountId id) {
    jdbc.sql("delete from customers_bank_account where id = :id").param("id", id.value()).update();
  }

  public Optional<BankAccountView> find(CustomerId customer, BankAccountId id) {
    return jdbc.sql("select " + COLUMNS + " from customers_bank_account where id = :id and customer_id = :customer")
        .param("id", id.value()).param("customer", customer.value()).query(BankAccountRepository::map).optional();
  }

  public List<BankAccountView> of(CustomerId customer) {
    return jdbc.sql("select " + COLUMNS + " from customers_bank_account where customer_id = :customer"
            + " order by created_at, id")
        .param("customer", customer.value()).query(BankAccountRepository::map).list();
  }

  public Optional<Holder> holder(CompanyId company, String numberKey) {
    return jdbc.sql("""
            select a.customer_id, c.code, a.id from customers_bank_account a
            join customers_customer c on c.id = a.customer_id
            where a.company_id = :company and a.number_key = :key""")
        .param("company", company.value()).param("key", numberKey)
        .query((rs, n) -> new Holder(new CustomerId(rs.getObject(1, UUID.class)), rs.getString(2),
            new BankAccountId(rs.getObject(3, UUID.class))))
        .optional();
  }

  public List<PayerIndex.Account> index(CompanyId company) {
    return jdbc.sql("""
            select a.number_key, a.customer_id, c.status, a.currency from customers_bank_account a
            join customers_customer c on c.id = a.customer_id
            where a.company_id = :company order by a.number_key""")
        .param("company", company.value())
        .query((rs, n) -> new PayerIndex.Account(rs.getString(1), new CustomerId(rs.getObject(2, UUID.class)),
            CustomerStatus.valueOf(rs.getString(3)), currency(rs.getString(4))))
        .list();
  }

  private static Map<String, Object> fields(BankAccountView a) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", a.id().value());
    p.put("number", a.accountNumber());
    p.put("key", a.numberKey());
    p.put("iban", a.iban());
    p.put("bank", a.bankName());
    p.put("holder", a.holderName());
    p.put("bic", a.bic());
    p.put("currency", a.currency() == null ? null : a.currency().code());
    p.put("version", a.version());
    return p;
  }

  private static CurrencyCode currency(String code) {
    return code == null ? null : CurrencyCode.of(code);
  }

  static BankAccountView map(ResultSet rs, int n) throws SQLException {
    return new BankAccountView(new BankAccountId(rs.getObject("id", UUID.class)),
        new CustomerId(rs.getObject("customer_id", UUID.class)), rs.getString("account_number"),
        rs.getString("number_key"), rs.getBoolean("iban"), rs.getString("bank_name"), rs.getString("holder_name"),
        rs.getString("bic"), currency(rs.getString("currency")), rs.getLong("version"));
  }
}
