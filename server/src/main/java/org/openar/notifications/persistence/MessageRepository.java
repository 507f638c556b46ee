package org.openar.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.notifications.Channel;
import org.openar.notifications.MessageDetail.DeliveryAttempt;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageQuery;
import org.openar.notifications.MessageStatus;
import org.openar.notifications.MessageView;
import org.openar.shared.db.Sql;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table, its state changes and the delivery log. */
@Repository
public class MessageRepository {

  static final String VIEW_COLUMNS = """
      id, idempotency_key, channel, recipient, recipient_name, language, template_key, template_version, subject,
      status, attempts, next_attempt_at, last_error, reference_type, reference_id, created_at, sent_at""";
  public static final java.util.Set<String> SORTABLE = java.util.Set.of("createdAt", "nextAttemptAt", "sentAt", "status");
  private static final Map<String, String> SORT_COLUMNS = Map.of("createdAt", "created_at", "nextAttemptAt",
      "next_attempt_at", "sentAt", "sent_at", "status", "status");

  private final JdbcClient jdbc;

  public MessageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts unless the idempotency key exists; returns whether this call inserted. */
  public boolean insert(MessageRow m) {
    return jdbc.sql("""
            insert into notifications_message (id, idempotency_key, channel, recipient, recipient_name, language,
                template_key, template_version, subject, body_html, body_text, status, attempts, next_attempt_at,
                reference_type, reference_id, created_by, created_at, updated_at)
            values (:id, :key, :channel, :recipient, :name, :language, :template, :version, :subject, :html, :text,
                'QUEUED', 0, :next, :refType, :refId, :by, :now, :now)
            on conflict (idempotency_key) do nothing""")
        .param("id", m.id()).param("key", m.idempotencyKey()).param("channel", m.channel().name())
        .param("recipient", m.recipient()).param("name", m.recipientName()).param("language", m.language())
        .param("template", m.templateKey()).param("version", m.templateVersion()).param("subject", m.subject())
        .param("html", m.bodyHtml()).param("text", m.bodyText()).param("next", Sql.utc(m.nextAttemptAt()))
        .param("refType", m.referenceType()).param("refId", m.referenceId()).param("by", m.createdBy())
        .param("now", Sql.utc(m.createdAt()))
        .update() == 1;
  }

  public Optional<UUID> idByKey(String key) {
    return jdbc.sql("select id from notifications_message where idempotency_key = :key").param("key", key)
        .query(UUID.class).optional();
  }

  /**
   * Locks the most overdue queued message of the given channels that no other sender holds. SKIP LOCKED is what lets
   * any number of application nodes run passes at once without ever sending one message twice.
   */
  public Optional<ClaimedMessage> claimDue(Instant now, Collection<Channel> channels) {
    return jdbc.sql("""
            select id, idempotency_key, channel, recipient, recipient_name, language, template_key, template_version,
                subject, body_html, body_text, attempts, reference_type, reference_id
            from notifications_message
            where status = 'QUEUED' and next_attempt_at <= :now and channel in (:channels)
            order by next_attempt_at, id
            limit 1
            for update skip locked""")
        .param("now", Sql.utc(now)).param("channels", channels.stream().map(Channel::name).toList())
        .query((rs, n) -> new ClaimedMessage(rs.getObject("id", UUID.class), rs.getString("idempotency_key"),
            Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("recipient_name"),
            rs.getString("language"), rs.getString("template_key"), rs.getInt("template_version"),
            rs.getString("subject"), rs.getString("body_html"), rs.getString("body_text"), rs.getInt("attempts"),
            rs.getString("reference_type"), rs.getString("reference_id")))
        .optional();
  }

  public void markSent(UUID id, int attempts, Instant now) {
    jdbc.sql("""
            update notifications_message set status = 'SENT', attempts = :attempts, sent_at = :now, last_error = null,
                updated_at = :now where id = :id""")
        .param("id", id).param("attempts", attempts).param("now", Sql.utc(now)).update();
  }

  public void markRetry(UUID id, int attempts, Instant next, String error, Instant now) {
    jdbc.sql("""
            update notifications_message set attempts = :attempts, next_attempt_at = :next, last_error = :error,
                updated_at = :now where id = :id""")
        .param("id", id).param("attempts", attempts).param("next", Sql.utc(next)).param("error", error)
        .param("now", Sql.utc(now)).update();
  }

  public void markFinal(UUID id, MessageStatus status, int attempts, String error, Instant now) {
    jdbc.sql("""
            update notifications_message set status = :status, attempts = :attempts, last_error = :error,
                updated_at = :now where id = :id""")
        .param("id", id).param("status", status.name()).param("attempts", attempts).param("error", error)
        .param("now", Sql.utc(now)).update();
  }

  /** QUEUED to CANCELLED; waits for a sender holding the row, so a message being sent is never cancelled. */
  public boolean cancel(UUID id, String reason, Instant now) {
    return jdbc.sql("""
            update notifications_message set status = 'CANCELLED', last_error = :reason, updated_at = :now
            where id = :id and status = 'QUEUED'""")
        .param("id", id).param("reason", reason).param("now", Sql.utc(now)).update() == 1;
  }

  /** FAILED or SUPPRESSED back to QUEUED, due now, with a fresh attempt budget. */
  public boolean requeue(UUID id, Instant now) {
    return jdbc.sql("""
            update notifications_message set status = 'QUEUED', attempts = 0, next_attempt_at = :now,
                updated_at = :now where id = :id and status in ('FAILED', 'SUPPRESSED')""")
        .param("id", id).param("now", Sql.utc(now)).update() == 1;
  }

  public void logAttempt(UUID id, Instant at, String outcome, String detail, long durationMillis) {
    jdbc.sql("""
            insert into notifications_delivery_attempt (message_id, number, attempted_at, outcome, detail, duration_ms)
            select :id, coalesce(max(number), 0) + 1, :at, :outcome, :detail, :ms
            from notifications_delivery_attempt where message_id = :id""")
        .param("id", id).param("at", Sql.utc(at)).param("outcome", outcome).param("detail", detail)
        .param("ms", durationMillis).update();
  }

  public List<DeliveryAttempt> attempts(UUID id) {
    return jdbc.sql("""
            select number, attempted_at, outcome, detail, duration_ms from notifications_delivery_attempt
            where message_id = :id order by number""")
        .param("id", id)
        .query((rs, n) -> new DeliveryAttempt(rs.getInt("number"), Sql.instant(rs, "attempted_at"),
            rs.getString("outcome"), rs.getString("detail"), rs.getLong("duration_ms")))
        .list();
  }

  public Optional<MessageView> find(UUID id) {
    return jdbc.sql("select " + VIEW_COLUMNS + " from notifications_message where id = :id").param("id", id)
        .query(MessageRepository::view).optional();
  }

  public Optional<String[]> bodies(UUID id) {
    return jdbc.sql("select body_html, body_text from notifications_message where id = :id").param("id", id)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
  }

  public List<MessageView> search(MessageQuery q, PageQuery page) {
    String order = page.sortField() == null ? "created_at desc" : SORT_COLUMNS.get(page.sortField())
        + (page.descending() ? " desc nulls last" : " asc nulls last");
    return jdbc.sql("select " + VIEW_COLUMNS + " from notifications_message where " + WHERE + " order by " + order
            + ", id limit :limit offset :offset")
        .params(params(q)).param("limit", page.size()).param("offset", page.offset())
        .query(MessageRepository::view).list();
  }

  public long count(MessageQuery q) {
    return jdbc.sql("select count(*) from notifications_message where " + WHERE).params(params(q))
        .query(Long.class).single();
  }

  private static final String WHERE = """
      (cast(:status as text) is null or status = :status) and (cast(:channel as text) is null or channel = :channel)
      and (cast(:recipient as text) is null or lower(recipient) like '%' || lower(:recipient) || '%')
      and (cast(:template as text) is null or template_key = :template)
      and (cast(:refType as text) is null or reference_type = :refType)
      and (cast(:refId as text) is null or reference_id = :refId)
      and (cast(:keyPrefix as text) is null or starts_with(idempotency_key, :keyPrefix))
      and (cast(:from as timestamptz) is null or created_at >= :from)
      and (cast(:to as timestamptz) is null or created_at < :to)""";

  private static Map<String, Object> params(MessageQuery q) {
    Map<String, Object> p = new HashMap<>();
    p.put("status", q.status() == null ? null : q.status().name());
    p.put("channel", q.channel() == null ? null : q.channel().name());
    p.put("recipient", q.recipient() == null ? null : q.recipient().replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_"));
    p.put("template", q.templateKey());
    p.put("refType", q.referenceType());
    p.put("refId", q.referenceId());
    p.put("keyPrefix", q.idempotencyKeyPrefix());
    p.put("from", Sql.utc(q.createdFrom()));
    p.put("to", Sql.utc(q.createdTo()));
    return p;
  }

  static MessageView view(ResultSet rs, int n) throws SQLException {
    return new MessageView(new MessageId(rs.getObject("id", UUID.class)), rs.getString("idempotency_key"),
        Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("recipient_name"),
        rs.getString("language"), rs.getString("template_key"), rs.getInt("template_version"), rs.getString("subject"),
        MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at"),
        rs.getString("last_error"), rs.getString("reference_type"), rs.getString("reference_id"),
        Sql.instant(rs, "created_at"), Sql.instant(rs, "sent_at"));
  }
}
