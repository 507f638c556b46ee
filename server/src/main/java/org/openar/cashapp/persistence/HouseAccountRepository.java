package org.openar.cashapp.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.app.CsvMapping;
import org.openar.cashapp.app.HouseAccount;
import org.openar.customers.CompanyId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The company's own bank accounts. */
@Repository
public class HouseAccountRepository {

  private static final String COLUMNS = """
      id, company_id, account_number, account_key, iban, name, bank_name, bic, currency, column_mapping::text as mapping,
      active, version, created_at, updated_at, created_by""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public HouseAccountRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(HouseAccount a) {
    jdbc.sql("""
            insert into cashapp_house_account (id, company_id, account_number, account_key, iban, name, bank_name, bic,
                currency, column_mapping, active, version, created_at, updated_at, created_by)
            values (:id, :company, :number, :key, :iban, :name, :bank, :bic, :currency, cast(:mapping as jsonb),
                :active, :version, :created, :updated, :by)""")
        .param("id", a.id().value()).param("company", a.companyId().value()).param("number", a.accountNumber())
        .param("key", a.accountKey()).param("iban", a.iban()).param("name", a.name()).param("bank", a.bankName())
        .param("bic", a.bic()).param("currency", a.currency() == null ? null : a.currency().code())
        .param("mapping", mapping(a.mapping())).param("active", a.active()).param("version", a.version())
        .param("created", Sql.utc(a.createdAt())).param("updated", Sql.utc(a.updatedAt()))
        .param("by", a.createdBy()).update();
  }

  /** Writes the new state when the row still has {@code expectedVersion}; false when someone changed it meanwhile. */
  public boolean update(HouseAccount a, long expectedVersion) {
    return jdbc.sql("""
            update cashapp_house_account set account_number = :number, account_key = :key, iban = :iban, name = :name,
                bank_name = :bank, bic = :bic, currency = :currency, column_mapping = cast(:mapping as jsonb),
                active = :active, version = :version, updated_at = :updated
            where id = :id and version = :expected""")
        .param("id", a.id().value()).param("number", a.accountNumber()).param("key", a.accountKey())
        .param("iban", a.iban()).param("name", a.name()).param("bank", a.bankName()).param("bic", a.bic())
        .param("currency", a.currency() == null ? null : a.currency().code()).param("mapping", mapping(a.mapping()))
        .param("active", a.active()).param("version", a.version()).param("updated", Sql.utc(a.updatedAt()))
        .param("expected", expectedVersion).update() == 1;
  }

  public void delete(HouseAccountId id) {
    jdbc.sql("delete from cashapp_house_account where id = :id").param("id", id.value()).update();
  }

  public Optional<HouseAccount> find(HouseAccountId id) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_house_account where id = :id").param("id", id.value())
        .query(this::map).optional();
  }

  public Optional<HouseAccount> findForUpdate(HouseAccountId id) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_house_account where id = :id for update")
        .param("id", id.value()).query(this::map).optional();
  }

  public Optional<HouseAccount> findByKey(String key) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_house_account where account_key = :key")
        .param("key", key).query(this::map).optional();
  }

  /** The accounts registered under any of {@code keys}, in the order of the keys (most specific first). */
  public List<HouseAccount> findByKeys(List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<HouseAccount> found = jdbc.sql("select " + COLUMNS + " from cashapp_house_account where account_key in (:keys)")
        .param("keys", keys).query(this::map).list();
    return found.stream().sorted(java.util.Comparator.comparingInt(a -> keys.indexOf(a.accountKey()))).toList();
  }

  /** Every account of the given companies (all when {@code companies} is null), by company and number. */
  public List<HouseAccount> list(Collection<CompanyId> companies) {
    if (companies != null && companies.isEmpty()) {
      return List.of();
    }
    String where = companies == null ? "" : " where company_id in (:companies)";
    var spec = jdbc.sql("select " + COLUMNS + " from cashapp_house_account" + where
        + " order by company_id, account_number");
    if (companies != null) {
      spec = spec.param("companies", companies.stream().map(CompanyId::value).toList());
    }
    return spec.query(this::map).list();
  }

  public long statementCount(HouseAccountId id) {
    return jdbc.sql("select count(*) from cashapp_statement where house_account_id = :id").param("id", id.value())
        .query(Long.class).single();
  }

  private String mapping(CsvMapping m) {
    return m == null ? null : json.writeValueAsString(m);
  }

  private HouseAccount map(ResultSet rs, int n) throws SQLException {
    String mapping = rs.getString("mapping");
    String currency = rs.getString("currency");
    return new HouseAccount(new HouseAccountId(Sql.uuid(rs, "id")), new CompanyId(Sql.uuid(rs, "company_id")),
        rs.getString("account_number"), rs.getString("account_key"), rs.getBoolean("iban"), rs.getString("name"),
        rs.getString("bank_name"), rs.getString("bic"), currency == null ? null : CurrencyCode.of(currency),
        mapping == null ? null : json.readValue(mapping, CsvMapping.class), rs.getBoolean("active"),
        rs.getLong("version"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
        rs.getString("created_by"));
  }
}
