package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.collections.AssignmentRule;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssignmentRuleRepository {

  private final JdbcClient jdbc;

  public AssignmentRuleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<AssignmentRule> all() {
    return jdbc.sql("select * from collections_assignment_rule order by priority, created_at")
        .query(AssignmentRuleRepository::map).list();
  }

  public void save(AssignmentRule r, String by, Instant now) {
    jdbc.sql("""
            insert into collections_assignment_rule (id, company_id, tier, region, sales_rep_id, collector_id,
                priority, created_by, created_at)
            values (:id, :company, :tier, :region, :rep, :collector, :priority, :by, :now)
            on conflict (id) do update set company_id = excluded.company_id, tier = excluded.tier,
                region = excluded.region, sales_rep_id = excluded.sales_rep_id,
                collector_id = excluded.collector_id, priority = excluded.priority""")
        .param("id", r.id()).param("company", r.companyId() == null ? null : r.companyId().value())
        .param("tier", r.tier() == null ? null : r.tier().name()).param("region", r.region())
        .param("rep", r.salesRepId()).param("collector", r.collectorId()).param("priority", r.priority())
        .param("by", by).param("now", Sql.utc(now))
        .update();
  }

  public boolean delete(UUID id) {
    return jdbc.sql("delete from collections_assignment_rule where id = :id").param("id", id).update() == 1;
  }

  private static AssignmentRule map(ResultSet rs, int n) throws SQLException {
    UUID company = Sql.uuid(rs, "company_id");
    String tier = rs.getString("tier");
    return new AssignmentRule(Sql.uuid(rs, "id"), company == null ? null : new CompanyId(company),
        tier == null ? null : Tier.valueOf(tier.trim()), rs.getString("region"), Sql.uuid(rs, "sales_rep_id"),
        Sql.uuid(rs, "collector_id"), rs.getInt("priority"));
  }
}
