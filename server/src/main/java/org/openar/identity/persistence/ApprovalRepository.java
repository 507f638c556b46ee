package org.openar.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.identity.ApprovalId;
import org.openar.identity.ApprovalStatus;
import org.openar.identity.Approvals.ApprovalFilter;
import org.openar.identity.domain.Approval;
import org.openar.identity.domain.Approval.Party;
import org.openar.shared.db.Sql;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApprovalRepository {

  private static final String COLUMNS = """
      id, type, subject_type, subject_id, summary, amount_minor, currency, payload::text as payload, status,
      decider_roles, requested_by, requested_by_name, requested_at, decided_by, decided_by_name, decided_at,
      decision_comment, cancelled_at, cancel_reason""";

  private static final Map<String, String> SORT_COLUMNS = Map.of(
      "requestedAt", "requested_at", "decidedAt", "decided_at", "type", "type", "status", "status");

  private final JdbcClient jdbc;

  public ApprovalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Approval a) {
    jdbc.sql("""
            insert into identity_approval (id, type, subject_type, subject_id, summary, amount_minor, currency, payload,
                status, decider_roles, requested_by, requested_by_name, requested_at)
            values (:id, :type, :subjectType, :subjectId, :summary, :minor, :currency, cast(:payload as jsonb),
                :status, cast(:roles as text[]), :requestedBy, :requestedByName, :requestedAt)""")
        .param("id", a.id().value()).param("type", a.type()).param("subjectType", a.subjectType())
        .param("subjectId", a.subjectId()).param("summary", a.summary())
        .param("minor", a.amount() == null ? null : a.amount().minor())
        .param("currency", a.amount() == null ? null : a.amount().currency().code())
        .param("payload", a.payload()).param("status", a.status().name())
        .param("roles", UserRepository.rolesLiteral(a.deciderRoles()))
        .param("requestedBy", a.requester().id()).param("requestedByName", a.requester().name())
        .param("requestedAt", Sql.utc(a.requestedAt()))
        .update();
  }

  /** Writes a decision or cancellation; false when the row was no longer pending (someone else was faster). */
  public boolean close(Approval a) {
    return jdbc.sql("""
            update identity_approval set status = :status, decided_by = :decidedBy, decided_by_name = :decidedByName,
                decided_at = :decidedAt, decision_comment = :comment, cancelled_at = :cancelledAt,
                cancel_reason = :reason
            where id = :id and status = 'PENDING'""")
        .param("id", a.id().value()).param("status", a.status().name())
        .param("decidedBy", a.decider() == null ? null : a.decider().id())
        .param("decidedByName", a.decider() == null ? null : a.decider().name())
        .param("decidedAt", Sql.utc(a.decidedAt())).param("comment", a.comment())
        .param("cancelledAt", Sql.utc(a.cancelledAt())).param("reason", a.cancelReason())
        .update() == 1;
  }

  public Optional<Approval> find(ApprovalId id) {
    return jdbc.sql("select " + COLUMNS + " from identity_approval where id = :id").param("id", id.value())
        .query(ApprovalRepository::map).optional();
  }

  /** Reads and row-locks, so two checkers deciding at once are serialised and the second sees the first's result. */
  public Optional<Approval> lock(ApprovalId id) {
    return jdbc.sql("select " + COLUMNS + " from identity_approval where id = :id for update").param("id", id.value())
        .query(ApprovalRepository::map).optional();
  }

  public Optional<Approval> pending(String type, String subjectType, String subjectId) {
    return jdbc.sql("select " + COLUMNS + " from identity_approval where status = 'PENDING' and type = :type"
            + " and subject_type = :st and subject_id = :sid")
        .param("type", type).param("st", subjectType).param("sid", subjectId)
        .query(ApprovalRepository::map).optional();
  }

  private static final String DECIDABLE_BY = """
      status = 'PENDING' and requested_by <> :me and decider_roles && cast(:roles as text[])""";

  public List<Approval> decidableBy(UUID user, Set<Role> roles, PageQuery q) {
    return jdbc.sql("select " + COLUMNS + " from identity_approval where " + DECIDABLE_BY + orderAndPage(q))
        .param("me", user).param("roles", UserRepository.rolesLiteral(roles))
        .param("limit", q.size()).param("offset", q.offset())
        .query(ApprovalRepository::map).list();
  }

  public long countDecidableBy(UUID user, Set<Role> roles) {
    return jdbc.sql("select count(*) from identity_approval where " + DECIDABLE_BY)
        .param("me", user).param("roles", UserRepository.rolesLiteral(roles)).query(Long.class).single();
  }

  private static final String FILTER = """
      (cast(:status as text) is null or status = :status) and (cast(:type as text) is null or type = :type)
      and (cast(:st as text) is null or subject_type = :st) and (cast(:sid as text) is null or subject_id = :sid)
      and (cast(:requestedBy as uuid) is null or requested_by = :requestedBy)
      and (cast(:decidedBy as uuid) is null or decided_by = :decidedBy)
      and (cast(:from as timestamptz) is null or requested_at >= :from)
      and (cast(:to as timestamptz) is null or requested_at < :to)""";

  public List<Approval> search(ApprovalFilter f, PageQuery q) {
    return jdbc.sql("select " + COLUMNS + " from identity_approval where " + FILTER + orderAndPage(q))
        .params(params(f)).param("limit", q.size()).param("offset", q.offset())
        .query(ApprovalRepository::map).list();
  }

  public long count(ApprovalFilter f) {
    return jdbc.sql("select count(*) from identity_approval where " + FILTER).params(params(f))
        .query(Long.class).single();
  }

  private static Map<String, Object> params(ApprovalFilter f) {
    Map<String, Object> p = new HashMap<>();
    p.put("status", f.status() == null ? null : f.status().name());
    p.put("type", f.type());
    p.put("st", f.subjectType());
    p.put("sid", f.subjectId());
    p.put("requestedBy", f.requestedBy());
    p.put("decidedBy", f.decidedBy());
    p.put("from", Sql.utc(f.from()));
    p.put("to", Sql.utc(f.to()));
    return p;
  }

  /** Sort columns come from a fixed map, never from the request; id breaks ties so pages never overlap. */
  private static String orderAndPage(PageQuery q) {
    String column = q.sortField() == null ? "requested_at" : SORT_COLUMNS.getOrDefault(q.sortField(), "requested_at");
    String direction = q.descending() ? " desc nulls last" : " asc nulls last";
    return " order by " + column + direction + ", id" + (q.descending() ? " desc" : "") + " limit :limit offset :offset";
  }

  private static Approval map(ResultSet rs, int n) throws SQLException {
    Long minor = rs.getObject("amount_minor", Long.class);
    Money amount = minor == null ? null : Money.ofMinor(minor, CurrencyCode.of(rs.getString("currency").trim()));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object o : (Object[]) rs.getArray("decider_roles").getArray()) {
      roles.add(Role.valueOf((String) o));
    }
    UUID decidedBy = rs.getObject("decided_by", UUID.class);
    return new Approval(new ApprovalId(rs.getObject("id", UUID.class)), rs.getString("type"),
        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("summary"), amount,
        rs.getString("payload"), ApprovalStatus.valueOf(rs.getString("status")), roles,
        new Party(rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name")),
        Sql.instant(rs, "requested_at"),
        decidedBy == null ? null : new Party(decidedBy, rs.getString("decided_by_name")),
        Sql.instant(rs, "decided_at"), rs.getString("decision_comment"), Sql.instant(rs, "cancelled_at"),
        rs.getString("cancel_reason"));
  }

}
