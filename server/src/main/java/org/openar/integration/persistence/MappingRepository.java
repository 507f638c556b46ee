package org.openar.integration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportType;
import org.openar.integration.SavedMapping;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved column mappings, per owner (username), import type and company (null: every company). */
@Repository
public class MappingRepository {

  private final JdbcClient jdbc;
  private final Json json;

  public MappingRepository(JdbcClient jdbc, Json json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** False when the owner already has a mapping of that name for the type and company. */
  public boolean insert(SavedMapping m) {
    try {
      jdbc.sql("""
              insert into integration_mapping (id, name, type, company_id, owner, mapping, created_at, updated_at)
              values (:id, :name, :type, :company, :owner, cast(:mapping as jsonb), :at, :at)""")
          .param("id", m.id()).param("name", m.name()).param("type", m.type().name())
          .param("company", m.companyId() == null ? null : m.companyId().value()).param("owner", m.owner())
          .param("mapping", json.write(m.mapping())).param("at", JobRepository.utc(m.updatedAt()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** False on a name clash; the row must exist (checked by the caller). */
  public boolean update(SavedMapping m) {
    try {
      jdbc.sql("""
              update integration_mapping set name = :name, type = :type, company_id = :company,
                  mapping = cast(:mapping as jsonb), updated_at = :at where id = :id""")
          .param("id", m.id()).param("name", m.name()).param("type", m.type().name())
          .param("company", m.companyId() == null ? null : m.companyId().value())
          .param("mapping", json.write(m.mapping())).param("at", JobRepository.utc(m.updatedAt()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public Optional<SavedMapping> find(UUID id) {
    return jdbc.sql("select *, mapping::text as mapping_json from integration_mapping where id = :id")
        .param("id", id).query(this::mapping).optional();
  }

  /** The owner's mappings of a type: those for {@code company} and those for every company. */
  public List<SavedMapping> of(String owner, ImportType type, CompanyId company) {
    return jdbc.sql("""
            select *, mapping::text as mapping_json from integration_mapping
             where owner = :owner and (cast(:type as text) is null or type = :type)
               and (company_id is null or cast(:company as uuid) is null or company_id = :company)
             order by lower(name)""")
        .param("owner", owner).param("type", type == null ? null : type.name())
        .param("company", company == null ? null : company.value()).query(this::mapping).list();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from integration_mapping where id = :id").param("id", id).update();
  }

  private SavedMapping mapping(ResultSet rs, int n) throws SQLException {
    UUID company = rs.getObject("company_id", UUID.class);
    Instant updated = JobRepository.instant(rs, "updated_at");
    return new SavedMapping(rs.getObject("id", UUID.class), rs.getString("name"),
        ImportType.valueOf(rs.getString("type")), company == null ? null : new CompanyId(company),
        rs.getString("owner"), false, json.read(rs.getString("mapping_json"), ColumnMapping.class), updated);
  }
}
