package org.openar.cashapp.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.StatementId;
import org.openar.customers.CompanyId;
import org.openar.shared.db.Sql;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Imported statements, and the counts of their lines by status for lists. */
@Repository
public class BankStatementRepository {

  private static final String COLUMNS = """
      s.id, s.company_id, s.house_account_id, s.import_id, s.source, s.channel, s.format, s.message_type,
      s.statement_ref, s.account, s.currency, s.from_date, s.to_date, s.opening_minor, s.opening_date,
      s.closing_minor, s.closing_date, s.duplicate_key, s.line_count, s.credit_count, s.duplicate_entries,
      s.warnings::text as warnings, s.imported_at, s.imported_by""";

  private static final Map<String, String> SORT = Map.of("importedAt", "s.imported_at", "toDate", "s.to_date",
      "fromDate", "s.from_date", "account", "s.account", "lineCount", "s.line_count");

  /** Filters of the statement list; every field optional. */
  public record Filter(CompanyId companyId, HouseAccountId accountId, LocalDate from, LocalDate to, String text) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public BankStatementRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(StatementRow s) {
    jdbc.sql("""
            insert into cashapp_statement (id, company_id, house_account_id, import_id, source, channel, format,
                message_type, statement_ref, account, currency, from_date, to_date, opening_minor, opening_date,
                closing_minor, closing_date, duplicate_key, line_count, credit_count, duplicate_entries, warnings,
                imported_at, imported_by)
            values (:id, :company, :account, :import, :source, :channel, :format, :type, :ref, :accountText, :currency,
                :from, :to, :opening, :openingDate, :closing, :closingDate, :key, :lines, :credits, :dups,
                cast(:warnings as jsonb), :at, :by)""")
        .param("id", s.id().value()).param("company", s.companyId().value()).param("account", s.accountId().value())
        .param("import", s.importId()).param("source", s.source()).param("channel", s.channel())
        .param("format", s.format()).param("type", s.messageType()).param("ref", s.statementRef())
        .param("accountText", s.account()).param("currency", s.currency()).param("from", s.fromDate())
        .param("to", s.toDate()).param("opening", s.openingMinor()).param("openingDate", s.openingDate())
        .param("closing", s.closingMinor()).param("closingDate", s.closingDate()).param("key", s.duplicateKey())
        .param("lines", s.lineCount()).param("credits", s.creditCount()).param("dups", s.duplicateEntries())
        .param("warnings", json.writeValueAsString(s.warnings())).param("at", Sql.utc(s.importedAt()))
        .param("by", s.importedBy()).update();
  }

  public Optional<StatementRow> find(StatementId id) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_statement s where s.id = :id").param("id", id.value())
        .query(this::map).optional();
  }

  public Optional<StatementRow> findByDuplicateKey(String key) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_statement s where s.duplicate_key = :key")
        .param("key", key).query(this::map).optional();
  }

  /** Serialises imports into one account, so two uploads of the same file cannot both pass the duplicate checks. */
  public void lockAccount(HouseAccountId account) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:id, 5))").param("id", account.value().toString())
        .query((rs, n) -> 1).single();
  }

  public List<StatementRow> page(Filter f, PageQuery page) {
    Map<String, Object> p = new HashMap<>();
    String where = where(f, p);
    String order = SORT.getOrDefault(page.sortField() == null ? "importedAt" : page.sortField(), "s.imported_at")
        + (page.sortField() == null || page.descending() ? " desc" : " asc") + ", s.id desc";
    return jdbc.sql("select " + COLUMNS + " from cashapp_statement s where " + where + " order by " + order
            + " limit :limit offset :offset")
        .params(p).param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
  }

  public long count(Filter f) {
    Map<String, Object> p = new HashMap<>();
    return jdbc.sql("select count(*) from cashapp_statement s where " + where(f, p)).params(p).query(Long.class)
        .single();
  }

  /** Line counts by status for each statement. */
  public Map<StatementId, StatementCounts> counts(List<StatementId> ids) {
    Map<StatementId, Map<String, Long>> by = new HashMap<>();
    Map<StatementId, long[]> extra = new HashMap<>();
    if (ids.isEmpty()) {
      return Map.of();
    }
    jdbc.sql("""
            select statement_id, status, count(*) as n,
                   count(*) filter (where status = 'MATCHED' and resolution = 'AUTO') as auto,
                   coalesce(sum(amount_minor) filter (where amount_minor > 0 and status <> 'DUPLICATE'), 0) as credit,
                   coalesce(sum(amount_minor) filter (where status in ('MATCHED', 'ON_ACCOUNT')), 0) as matched
              from cashapp_line where statement_id in (:ids) group by statement_id, status""")
        .param("ids", ids.stream().map(StatementId::value).toList())
        .query(rs -> {
          StatementId id = new StatementId(Sql.uuid(rs, "statement_id"));
          by.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString("status"), rs.getLong("n"));
          long[] e = extra.computeIfAbsent(id, k -> new long[3]);
          e[0] += rs.getLong("auto");
          e[1] += rs.getLong("credit");
          e[2] += rs.getLong("matched");
        });
    Map<StatementId, StatementCounts> out = new HashMap<>();
    for (StatementId id : ids) {
      Map<String, Long> m = by.getOrDefault(id, Map.of());
      long[] e = extra.getOrDefault(id, new long[3]);
      long receipts = m.entrySet().stream().filter(x -> !x.getKey().equals("NOT_RECEIPT")
          && !x.getKey().equals("DUPLICATE")).mapToLong(Map.Entry::getValue).sum();
      out.put(id, new StatementCounts(m, e[0], receipts, e[1], e[2]));
    }
    return out;
  }

  private static String where(Filter f, Map<String, Object> p) {
    List<String> c = new ArrayList<>();
    c.add("true");
    if (f.companyId() != null) {
      c.add("s.company_id = :company");
      p.put("company", f.companyId().value());
    }
    if (f.accountId() != null) {
      c.add("s.house_account_id = :account");
      p.put("account", f.accountId().value());
    }
    if (f.from() != null) {
      c.add("coalesce(s.to_date, s.imported_at::date) >= :from");
      p.put("from", f.from());
    }
    if (f.to() != null) {
      c.add("coalesce(s.from_date, s.imported_at::date) <= :to");
      p.put("to", f.to());
    }
    if (f.text() != null && !f.text().isBlank()) {
      c.add("(s.source ilike :text escape '\\' or s.statement_ref ilike :text escape '\\' or s.account ilike :text escape '\\')");
      p.put("text", Sql.contains(f.text()));
    }
    return String.join(" and ", c);
  }

  private StatementRow map(ResultSet rs, int n) throws SQLException {
    List<String> warnings = json.readValue(rs.getString("warnings"), new TypeReference<List<String>>() {});
    return new StatementRow(new StatementId(Sql.uuid(rs, "id")), new CompanyId(Sql.uuid(rs, "company_id")),
        new HouseAccountId(Sql.uuid(rs, "house_account_id")), rs.getObject("import_id", UUID.class),
        rs.getString("source"), rs.getString("channel"), rs.getString("format"), rs.getString("message_type"),
        rs.getString("statement_ref"), rs.getString("account"), rs.getString("currency"), Sql.date(rs, "from_date"),
        Sql.date(rs, "to_date"), Sql.longOrNull(rs, "opening_minor"), Sql.date(rs, "opening_date"),
        Sql.longOrNull(rs, "closing_minor"), Sql.date(rs, "closing_date"), rs.getString("duplicate_key"),
        rs.getInt("line_count"), rs.getInt("credit_count"), rs.getInt("duplicate_entries"), warnings,
        Sql.instant(rs, "imported_at"), rs.getString("imported_by"));
  }
}
