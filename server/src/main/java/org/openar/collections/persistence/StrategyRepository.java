package org.openar.collections.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.StrategyDraft;
import org.openar.collections.StrategyId;
import org.openar.collections.StrategyStep;
import org.openar.collections.StrategyView;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class StrategyRepository {

  private static final String SELECT = """
      select s.id, s.company_id, s.code, s.active, s.current_version, v.version, v.name, v.description, v.tier,
             v.segment, v.priority, v.steps, v.comment, v.created_by, v.created_at
        from collections_strategy s join collections_strategy_version v on v.strategy_id = s.id""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public StrategyRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts the head at version 1; false when the code is taken in that scope. */
  public boolean create(StrategyId id, CompanyId company, String code, StrategyDraft d, Instant now) {
    return jdbc.sql("""
            insert into collections_strategy (id, company_id, code, name, tier, segment, priority, active,
                current_version, created_at, updated_at)
            values (:id, :company, :code, :name, :tier, :segment, :priority, true, 1, :now, :now)
            on conflict do nothing""")
        .param("id", id.value()).param("company", company == null ? null : company.value()).param("code", code)
        .param("name", d.name()).param("tier", d.tier() == null ? null : d.tier().name())
        .param("segment", d.segment()).param("priority", priority(d)).param("now", Sql.utc(now))
        .update() == 1;
  }

  public void addVersion(StrategyId id, int version, StrategyDraft d, List<StrategyStep> steps, String by,
      Instant now) {
    jdbc.sql("""
            insert into collections_strategy_version (strategy_id, version, name, description, tier, segment, priority,
                steps, comment, created_by, created_at)
            values (:id, :version, :name, :description, :tier, :segment, :priority, cast(:steps as jsonb), :comment,
                :by, :now)""")
        .param("id", id.value()).param("version", version).param("name", d.name())
        .param("description", d.description()).param("tier", d.tier() == null ? null : d.tier().name())
        .param("segment", d.segment()).param("priority", priority(d))
        .param("steps", json.writeValueAsString(steps)).param("comment", d.comment()).param("by", by)
        .param("now", Sql.utc(now))
        .update();
  }

  /** Points the head at a new version (and its selection fields); locks nothing, callers hold {@link #lock}. */
  public void setHead(StrategyId id, int version, StrategyDraft d, Instant now) {
    jdbc.sql("""
            update collections_strategy set current_version = :version, name = :name, tier = :tier,
                segment = :segment, priority = :priority, updated_at = :now
            where id = :id""")
        .param("id", id.value()).param("version", version).param("name", d.name())
        .param("tier", d.tier() == null ? null : d.tier().name()).param("segment", d.segment())
        .param("priority", priority(d)).param("now", Sql.utc(now))
        .update();
  }

  public void setActive(StrategyId id, boolean active, Instant now) {
    jdbc.sql("update collections_strategy set active = :active, updated_at = :now where id = :id")
        .param("id", id.value()).param("active", active).param("now", Sql.utc(now)).update();
  }

  /** The current version number, row-locked so two editors take turns. */
  public Optional<Integer> lock(StrategyId id) {
    return jdbc.sql("select current_version from collections_strategy where id = :id for update")
        .param("id", id.value()).query(Integer.class).optional();
  }

  public Optional<StrategyView> find(StrategyId id, Integer version) {
    return jdbc.sql(SELECT + " where s.id = :id and v.version = coalesce(:version, s.current_version)")
        .param("id", id.value()).param("version", version).query(this::map).optional();
  }

  public List<StrategyView> current(CompanyId company) {
    return jdbc.sql(SELECT + """
             where v.version = s.current_version
               and (cast(:company as uuid) is null or s.company_id is null or s.company_id = :company)
            order by s.company_id nulls first, s.priority, s.code""")
        .param("company", company == null ? null : company.value()).query(this::map).list();
  }

  public List<StrategyView> versions(StrategyId id) {
    return jdbc.sql(SELECT + " where s.id = :id order by v.version desc").param("id", id.value())
        .query(this::map).list();
  }

  public boolean exists(CompanyId company, String code) {
    return jdbc.sql("""
            select count(*) from collections_strategy
            where code = :code and company_id is not distinct from :company""")
        .param("code", code).param("company", company == null ? null : company.value())
        .query(Integer.class).single() > 0;
  }

  private static int priority(StrategyDraft d) {
    return d.priority() == null ? 100 : d.priority();
  }

  private StrategyView map(ResultSet rs, int n) throws SQLException {
    UUID company = Sql.uuid(rs, "company_id");
    String tier = rs.getString("tier");
    List<StrategyStep> steps = json.readValue(rs.getString("steps"), new TypeReference<List<StrategyStep>>() {});
    return new StrategyView(new StrategyId(Sql.uuid(rs, "id")), company == null ? null : new CompanyId(company),
        rs.getString("code"), rs.getInt("version"), rs.getInt("current_version"), rs.getBoolean("active"),
        rs.getString("name"), rs.getString("description"), tier == null ? null : Tier.valueOf(tier.trim()),
        rs.getString("segment"), rs.getInt("priority"), steps, rs.getString("comment"), rs.getString("created_by"),
        Sql.instant(rs, "created_at"));
  }
}
