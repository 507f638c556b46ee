package org.openar.cashapp.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.Resolution;
import org.openar.customers.CompanyId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statement lines: inserted with their statement, then matched, resolved and re-opened. */
@Repository
public class LineRepository {

  static final String COLUMNS = """
      l.id, l.statement_id, l.company_id, l.ordinal, l.line_ref, l.booking_date, l.value_date, l.amount_minor,
      l.currency, l.payer_name, l.payer_account, l.remittance, l.structured_refs, l.end_to_end_id, l.bank_reference,
      l.transaction_code, l.reversal, l.booked, l.entry_key, l.duplicate_of, l.status, l.resolution, l.engine_status,
      l.confidence, l.customer_id, l.customer_name, l.match::text as match_json, l.matched_at, l.note, l.resolved_at,
      l.resolved_by, l.version""";

  private static final String QUEUE = "('NEW', 'SUGGESTED', 'UNMATCHED')";

  /** An entry already stored: its line and statement. */
  public record Existing(StatementLineId lineId, StatementId statementId, String source) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;

  public LineRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  public void insertAll(List<LineRow> lines) {
    MapSqlParameterSource[] batch = lines.stream().map(LineRepository::params).toArray(MapSqlParameterSource[]::new);
    named.batchUpdate("""
        insert into cashapp_line (id, statement_id, company_id, ordinal, line_ref, booking_date, value_date,
            amount_minor, currency, payer_name, payer_account, remittance, structured_refs, end_to_end_id,
            bank_reference, transaction_code, reversal, booked, entry_key, duplicate_of, status, version)
        values (:id, :statement, :company, :ordinal, :ref, :booking, :value, :amount, :currency, :payerName,
            :payerAccount, :remittance, :refs, :e2e, :bankRef, :txCode, :reversal, :booked, :entryKey, :duplicateOf,
            :status, 0)""", batch);
  }

  /** The stored lines with any of these entry keys. */
  public Map<String, Existing> existingEntries(Collection<String> keys) {
    Map<String, Existing> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    jdbc.sql("""
            select l.entry_key, l.id, l.statement_id, s.source from cashapp_line l
            join cashapp_statement s on s.id = l.statement_id where l.entry_key in (:keys)""")
        .param("keys", List.copyOf(keys))
        .query(rs -> {
          found.put(rs.getString(1), new Existing(new StatementLineId(Sql.uuid(rs, "id")),
              new StatementId(Sql.uuid(rs, "statement_id")), rs.getString("source")));
        });
    return found;
  }

  public Optional<LineRow> find(StatementLineId id) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_line l where l.id = :id").param("id", id.value())
        .query(LineRepository::map).optional();
  }

  /**
   * Locks the line for a change, without waiting: empty when it does not exist; {@link LockedByOther} when another
   * transaction (a matching run, another clerk) holds it.
   */
  public Optional<LineRow> lock(StatementLineId id) {
    try {
      return jdbc.sql("select " + COLUMNS + " from cashapp_line l where l.id = :id for update nowait")
          .param("id", id.value()).query(LineRepository::map).optional();
    } catch (DataAccessException e) {
      if (LockedByOther.isLockNotAvailable(e)) {
        throw new LockedByOther(e);
      }
      throw e;
    }
  }

  /** Locks the line unless another transaction holds it (then empty: someone else is on it). */
  public Optional<LineRow> claim(StatementLineId id) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_line l where l.id = :id for update skip locked")
        .param("id", id.value()).query(LineRepository::map).optional();
  }

  /** The statement's credit lines waiting in the queue, in statement order. */
  public List<LineRow> queued(StatementId statement) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_line l where l.statement_id = :s and l.status in " + QUEUE
            + " order by l.ordinal")
        .param("s", statement.value()).query(LineRepository::map).list();
  }

  public List<LineRow> ofStatement(StatementId statement) {
    return jdbc.sql("select " + COLUMNS + " from cashapp_line l where l.statement_id = :s order by l.ordinal")
        .param("s", statement.value()).query(LineRepository::map).list();
  }

  public List<LineRow> findAll(Collection<StatementLineId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from cashapp_line l where l.id in (:ids) order by l.ordinal")
        .param("ids", ids.stream().map(StatementLineId::value).toList()).query(LineRepository::map).list();
  }

  /** Stores what the engine said, for a line still in the queue; false when it left the queue meanwhile. */
  public boolean saveMatch(StatementLineId id, LineStatus status, String engineStatus, double confidence,
      UUID customer, String customerName, String matchJson, String note, Instant at) {
    return jdbc.sql("""
            update cashapp_line set status = :status, engine_status = :engine,
                confidence = round(cast(:confidence as numeric), 4),
                customer_id = :customer, customer_name = :name, match = cast(:match as jsonb), matched_at = :at,
                note = :note, version = version + 1
            where id = :id and status in""" + " " + QUEUE)
        .param("id", id.value()).param("status", status.name()).param("engine", engineStatus)
        .param("confidence", confidence)
        .param("customer", customer).param("name", customerName).param("match", matchJson)
        .param("at", Sql.utc(at)).param("note", note).update() == 1;
  }

  /** Takes a locked line out of the queue (posted, on account, not AR). */
  public void resolve(StatementLineId id, LineStatus status, Resolution resolution, UUID customer,
      String customerName, String note, Instant at, String by) {
    jdbc.sql("""
            update cashapp_line set status = :status, resolution = :resolution, customer_id = :customer,
                customer_name = :name, note = :note, resolved_at = :at, resolved_by = :by, version = version + 1
            where id = :id""")
        .param("id", id.value()).param("status", status.name()).param("resolution", resolution.name())
        .param("customer", customer).param("name", customerName).param("note", note).param("at", Sql.utc(at))
        .param("by", by).update();
  }

  /** Puts a locked, resolved line back in the queue, keeping the engine's last suggestions. */
  public void reopen(StatementLineId id, LineStatus status, UUID customer, String customerName, String note) {
    jdbc.sql("""
            update cashapp_line set status = :status, resolution = null, customer_id = :customer, customer_name = :name,
                note = :note, resolved_at = null, resolved_by = null, version = version + 1
            where id = :id""")
        .param("id", id.value()).param("status", status.name()).param("customer", customer)
        .param("name", customerName).param("note", note).update();
  }

  private static final Map<String, String> SORT = Map.of("valueDate", "l.value_date", "amount", "l.amount_minor",
      "confidence", "l.confidence", "payerName", "l.payer_name", "ordinal", "l.ordinal", "status", "l.status");

  public List<LineRow> search(LineSearch f, org.openar.shared.paging.PageQuery page) {
    Map<String, Object> p = new HashMap<>();
    String column = page.sortField() == null ? "l.value_date" : SORT.getOrDefault(page.sortField(), "l.value_date");
    String dir = page.descending() ? " desc nulls last" : " asc nulls last";
    return jdbc.sql("select " + COLUMNS + " from cashapp_line l where " + where(f, p) + " order by " + column + dir
            + ", l.statement_id, l.ordinal limit :limit offset :offset")
        .params(p).param("limit", page.size()).param("offset", page.offset()).query(LineRepository::map).list();
  }

  public long count(LineSearch f) {
    Map<String, Object> p = new HashMap<>();
    return jdbc.sql("select count(*) from cashapp_line l where " + where(f, p)).params(p).query(Long.class).single();
  }

  private static String where(LineSearch f, Map<String, Object> p) {
    List<String> c = new ArrayList<>();
    c.add("true");
    add(c, p, f.companyId() == null ? null : f.companyId().value(), "l.company_id = :company", "company");
    add(c, p, f.statementId() == null ? null : f.statementId().value(), "l.statement_id = :statement", "statement");
    add(c, p, f.accountId() == null ? null : f.accountId().value(),
        "l.statement_id in (select id from cashapp_statement where house_account_id = :account)", "account");
    if (!f.statuses().isEmpty()) {
      add(c, p, f.statuses().stream().map(Enum::name).toList(), "l.status in (:statuses)", "statuses");
    }
    add(c, p, f.customerId() == null ? null : f.customerId().value(), "l.customer_id = :customer", "customer");
    add(c, p, f.currency(), "l.currency = :currency", "currency");
    add(c, p, f.minMinor(), "l.amount_minor >= :min", "min");
    add(c, p, f.maxMinor(), "l.amount_minor <= :max", "max");
    add(c, p, f.from(), "l.value_date >= :from", "from");
    add(c, p, f.to(), "l.value_date <= :to", "to");
    if (f.text() != null && !f.text().isBlank()) {
      add(c, p, Sql.contains(f.text()), "(l.payer_name ilike :text escape '\\' or l.payer_account ilike :text escape"
          + " '\\' or l.remittance ilike :text escape '\\' or l.bank_reference ilike :text escape '\\'"
          + " or l.line_ref ilike :text escape '\\' or l.customer_name ilike :text escape '\\')", "text");
    }
    return String.join(" and ", c);
  }

  private static void add(List<String> clauses, Map<String, Object> params, Object value, String clause,
      String name) {
    if (value != null) {
      clauses.add(clause);
      params.put(name, value);
    }
  }

  static MapSqlParameterSource params(LineRow l) {
    return new MapSqlParameterSource().addValue("id", l.id().value()).addValue("statement", l.statementId().value())
        .addValue("company", l.companyId().value()).addValue("ordinal", l.ordinal()).addValue("ref", l.lineRef())
        .addValue("booking", l.bookingDate()).addValue("value", l.valueDate()).addValue("amount", l.amount().minor())
        .addValue("currency", l.amount().currency().code()).addValue("payerName", l.payerName())
        .addValue("payerAccount", l.payerAccount()).addValue("remittance", l.remittance())
        .addValue("refs", l.structuredRefs().toArray(String[]::new)).addValue("e2e", l.endToEndId())
        .addValue("bankRef", l.bankReference()).addValue("txCode", l.transactionCode())
        .addValue("reversal", l.reversal()).addValue("booked", l.booked()).addValue("entryKey", l.entryKey())
        .addValue("duplicateOf", l.duplicateOf() == null ? null : l.duplicateOf().value())
        .addValue("status", l.status().name());
  }

  static LineRow map(ResultSet rs, int n) throws SQLException {
    CurrencyCode ccy = CurrencyCode.of(rs.getString("currency"));
    UUID dup = Sql.uuid(rs, "duplicate_of");
    String resolution = rs.getString("resolution");
    java.math.BigDecimal confidence = rs.getBigDecimal("confidence");
    return new LineRow(new StatementLineId(Sql.uuid(rs, "id")), new StatementId(Sql.uuid(rs, "statement_id")),
        new CompanyId(Sql.uuid(rs, "company_id")), rs.getInt("ordinal"), rs.getString("line_ref"),
        Sql.date(rs, "booking_date"), Sql.date(rs, "value_date"), Money.ofMinor(rs.getLong("amount_minor"), ccy),
        rs.getString("payer_name"), rs.getString("payer_account"), rs.getString("remittance"),
        strings(rs.getArray("structured_refs")), rs.getString("end_to_end_id"), rs.getString("bank_reference"),
        rs.getString("transaction_code"), rs.getBoolean("reversal"), rs.getBoolean("booked"),
        rs.getString("entry_key"), dup == null ? null : new StatementLineId(dup),
        LineStatus.valueOf(rs.getString("status")), resolution == null ? null : Resolution.valueOf(resolution),
        rs.getString("engine_status"), confidence == null ? null : confidence.doubleValue(),
        Sql.uuid(rs, "customer_id"), rs.getString("customer_name"), rs.getString("match_json"),
        Sql.instant(rs, "matched_at"), rs.getString("note"), Sql.instant(rs, "resolved_at"),
        rs.getString("resolved_by"), rs.getLong("version"));
  }

  private static List<String> strings(Array a) throws SQLException {
    return a == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) a.getArray()));
  }
}
