package org.openar.integration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.integration.DocumentAttributes;
import org.openar.integration.ImportJobId;
import org.openar.ledger.ItemType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Attributes of ledger documents kept by imports; the last import of a document wins. */
@Repository
public class AttributeRepository {

  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Json json;

  public AttributeRepository(JdbcClient jdbc, JdbcTemplate template, Json json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
  }

  public void upsert(List<DocumentAttributes> docs, Instant now) {
    if (docs.isEmpty()) {
      return;
    }
    template.batchUpdate("""
            insert into integration_document_attribute (company_id, item_type, document_number, disputed,
                attributes, job_id, updated_at)
            values (?, ?, ?, ?, cast(? as jsonb), ?, ?)
            on conflict (company_id, item_type, document_number) do update set disputed = excluded.disputed,
                attributes = excluded.attributes, job_id = excluded.job_id, updated_at = excluded.updated_at""",
        docs, 1000, (ps, d) -> {
          ps.setObject(1, d.companyId().value());
          ps.setString(2, d.type().name());
          ps.setString(3, d.documentNumber());
          ps.setBoolean(4, d.disputed());
          ps.setString(5, json.write(d.attributes()));
          ps.setObject(6, d.jobId().value());
          ps.setObject(7, JobRepository.utc(now));
        });
  }

  public Optional<DocumentAttributes> find(CompanyId company, ItemType type, String number) {
    return jdbc.sql("""
            select *, attributes::text as attributes_json from integration_document_attribute
             where company_id = :c and item_type = :t and document_number = :n""")
        .param("c", company.value()).param("t", type.name()).param("n", number).query(this::attributes).optional();
  }

  public List<DocumentAttributes> disputed(CompanyId company, long offset, int limit) {
    return jdbc.sql("""
            select *, attributes::text as attributes_json from integration_document_attribute
             where company_id = :c and disputed order by document_number offset :offset limit :limit""")
        .param("c", company.value()).param("offset", offset).param("limit", limit).query(this::attributes).list();
  }

  public long countDisputed(CompanyId company) {
    return jdbc.sql("select count(*) from integration_document_attribute where company_id = :c and disputed")
        .param("c", company.value()).query(Long.class).single();
  }

  private DocumentAttributes attributes(ResultSet rs, int n) throws SQLException {
    return new DocumentAttributes(new CompanyId(rs.getObject("company_id", UUID.class)),
        ItemType.valueOf(rs.getString("item_type")), rs.getString("document_number"), rs.getBoolean("disputed"),
        json.read(rs.getString("attributes_json"), MAP), new ImportJobId(rs.getObject("job_id", UUID.class)));
  }
}
