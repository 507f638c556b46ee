package org.openar.integration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.openar.integration.ImportJobId;
import org.openar.integration.RejectedRow;
import org.openar.integration.RowProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The rows a job rejected, with their problems and original cells, kept for the report and the download. */
@Repository
public class RejectedRowRepository {

  private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};
  private static final TypeReference<List<String>> CELLS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Json json;

  public RejectedRowRepository(JdbcClient jdbc, JdbcTemplate template, Json json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
  }

  /** Inserts in one batch; a row already stored for the job (it cannot be rejected twice) is kept as it was. */
  public void insert(ImportJobId job, List<RejectedRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    template.batchUpdate("""
            insert into integration_rejected_row (job_id, row_no, problems, cells)
            values (?, ?, cast(? as jsonb), cast(? as jsonb)) on conflict do nothing""",
        rows, 1000, (ps, r) -> {
          ps.setObject(1, job.value());
          ps.setLong(2, r.rowNumber());
          ps.setString(3, json.write(r.problems()));
          ps.setString(4, json.write(r.cells()));
        });
  }

  public List<RejectedRow> page(ImportJobId job, long offset, int limit) {
    return jdbc.sql("""
            select row_no, problems::text as problems, cells::text as cells from integration_rejected_row
             where job_id = :job order by row_no offset :offset limit :limit""")
        .param("job", job.value()).param("offset", offset).param("limit", limit).query(this::row).list();
  }

  /** The rows after {@code afterRow}, for reading all of them in slices without holding them in memory. */
  public List<RejectedRow> after(ImportJobId job, long afterRow, int limit) {
    return jdbc.sql("""
            select row_no, problems::text as problems, cells::text as cells from integration_rejected_row
             where job_id = :job and row_no > :after order by row_no limit :limit""")
        .param("job", job.value()).param("after", afterRow).param("limit", limit).query(this::row).list();
  }

  public long count(ImportJobId job) {
    return jdbc.sql("select count(*) from integration_rejected_row where job_id = :job").param("job", job.value())
        .query(Long.class).single();
  }

  private RejectedRow row(ResultSet rs, int n) throws SQLException {
    return new RejectedRow(rs.getLong("row_no"), json.read(rs.getString("problems"), PROBLEMS),
        json.read(rs.getString("cells"), CELLS));
  }
}
