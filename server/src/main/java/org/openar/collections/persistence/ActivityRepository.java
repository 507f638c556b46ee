package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.openar.collections.ActivityKind;
import org.openar.collections.ActivityView;
import org.openar.collections.CallOutcome;
import org.openar.collections.TaskId;
import org.openar.customers.CustomerId;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ActivityRepository {

  private final JdbcClient jdbc;

  public ActivityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ActivityView a) {
    jdbc.sql("""
            insert into collections_activity (id, customer_id, kind, outcome, contact_id, note, occurred_at,
                next_action_date, task_id, message_id, created_by, created_at)
            values (:id, :customer, :kind, :outcome, :contact, :note, :occurred, :next, :task, :message, :by, :at)""")
        .param("id", a.id()).param("customer", a.customerId().value()).param("kind", a.kind().name())
        .param("outcome", a.outcome() == null ? null : a.outcome().name()).param("contact", a.contactId())
        .param("note", a.note()).param("occurred", Sql.utc(a.occurredAt())).param("next", a.nextActionDate())
        .param("task", a.taskId() == null ? null : a.taskId().value()).param("message", a.messageId())
        .param("by", a.createdBy()).param("at", Sql.utc(a.createdAt()))
        .update();
  }

  public List<ActivityView> ofCustomer(CustomerId customer, int limit) {
    return jdbc.sql("select * from collections_activity where customer_id = :customer"
            + " order by occurred_at desc, created_at desc limit :limit")
        .param("customer", customer.value()).param("limit", limit).query(ActivityRepository::map).list();
  }

  private static ActivityView map(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    UUID task = Sql.uuid(rs, "task_id");
    return new ActivityView(Sql.uuid(rs, "id"), new CustomerId(Sql.uuid(rs, "customer_id")),
        ActivityKind.valueOf(rs.getString("kind")), outcome == null ? null : CallOutcome.valueOf(outcome),
        Sql.uuid(rs, "contact_id"), rs.getString("note"), Sql.instant(rs, "occurred_at"),
        Sql.date(rs, "next_action_date"), task == null ? null : new TaskId(task), Sql.uuid(rs, "message_id"),
        rs.getString("created_by"), Sql.instant(rs, "created_at"));
  }
}
