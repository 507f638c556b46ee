package org.openar.integration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportProgress;
import org.openar.integration.ImportStatus;
import org.openar.integration.ImportType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs: created QUEUED, started, progress written as the job goes, finished COMPLETED or FAILED. */
@Repository
public class JobRepository {

  private static final String COLUMNS = """
      id, company_id, type, status, file_name, file_sha256, file_bytes, format, encoding, sheet, dry_run,
      mapping::text as mapping, header::text as header, ignored_columns::text as ignored_columns, rows_read,
      rows_accepted, rows_rejected, rows_present, customers_created, bytes_read, bytes_total, previous_job_id,
      upload_id, failure_code, failure_args::text as failure_args, created_by, created_at, started_at, finished_at""";

  private final JdbcClient jdbc;
  private final Json json;

  public JobRepository(JdbcClient jdbc, Json json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(ImportJobView v, UUID uploadId, ColumnMapping mapping, String sheet, String node) {
    jdbc.sql("""
            insert into integration_import_job (id, company_id, type, status, file_name, file_sha256, file_bytes,
                format, encoding, sheet, dry_run, mapping, previous_job_id, upload_id, node, created_by, created_at,
                bytes_total)
            values (:id, :company, :type, :status, :name, :sha, :bytes, :format, :encoding, :sheet, :dry,
                cast(:mapping as jsonb), :previous, :upload, :node, :by, :at, :bytes)""")
        .param("id", v.id().value()).param("company", v.companyId().value()).param("type", v.type().name())
        .param("status", v.status().name()).param("name", v.fileName()).param("sha", v.fileSha256())
        .param("bytes", v.fileBytes()).param("format", v.format()).param("encoding", v.encoding())
        .param("sheet", sheet).param("dry", v.dryRun()).param("mapping", json.write(mapping))
        .param("previous", v.previousJobId() == null ? null : v.previousJobId().value()).param("upload", uploadId)
        .param("node", node).param("by", v.createdBy()).param("at", utc(v.createdAt()))
        .update();
  }

  /** QUEUED → RUNNING, with what reading the header found; false when the job is no longer queued. */
  public boolean start(ImportJobId id, Instant now, List<String> header, List<String> ignored, String encoding,
      Instant heartbeat) {
    return jdbc.sql("""
            update integration_import_job set status = 'RUNNING', started_at = :now, heartbeat_at = :hb,
                header = cast(:header as jsonb), ignored_columns = cast(:ignored as jsonb),
                encoding = coalesce(:encoding, encoding)
             where id = :id and status = 'QUEUED'""")
        .param("id", id.value()).param("now", utc(now)).param("hb", utc(heartbeat)).param("header", json.write(header))
        .param("ignored", json.write(ignored)).param("encoding", encoding)
        .update() == 1;
  }

  public void progress(ImportJobId id, ImportProgress p, Instant heartbeat) {
    jdbc.sql("""
            update integration_import_job set rows_read = :read, rows_accepted = :accepted,
                rows_rejected = :rejected, rows_present = :present, customers_created = :created,
                bytes_read = :bytes, bytes_total = :total, heartbeat_at = :hb
             where id = :id and status = 'RUNNING'""")
        .params(counters(p)).param("id", id.value()).param("hb", utc(heartbeat))
        .update();
  }

  /** Ends a job; only a queued or running job changes, so a job ends once. */
  public boolean finish(ImportJobId id, ImportStatus status, ImportProgress p, String failureCode,
      List<String> failureArgs, Instant now) {
    return jdbc.sql("""
            update integration_import_job set status = :status, rows_read = :read, rows_accepted = :accepted,
                rows_rejected = :rejected, rows_present = :present, customers_created = :created,
                bytes_read = :bytes, bytes_total = :total, failure_code = :code,
                failure_args = cast(:args as jsonb), finished_at = :now, heartbeat_at = :now
             where id = :id and status in ('QUEUED', 'RUNNING')""")
        .params(counters(p)).param("id", id.value()).param("status", status.name()).param("code", failureCode)
        .param("args", failureCode == null ? null : json.write(failureArgs)).param("now", utc(now))
        .update() == 1;
  }

  public Optional<JobRecord> find(ImportJobId id) {
    return jdbc.sql("select " + COLUMNS + " from integration_import_job where id = :id").param("id", id.value())
        .query(this::record).optional();
  }

  public List<JobRecord> page(ImportType type, long offset, int limit) {
    return jdbc.sql("select " + COLUMNS + " from integration_import_job where (cast(:type as text) is null"
            + " or type = :type) order by created_at desc, id desc offset :offset limit :limit")
        .param("type", type == null ? null : type.name()).param("offset", offset).param("limit", limit)
        .query(this::record).list();
  }

  public long count(ImportType type) {
    return jdbc.sql("select count(*) from integration_import_job where (cast(:type as text) is null or type = :type)")
        .param("type", type == null ? null : type.name()).query(Long.class).single();
  }

  /** Finished real imports of the same bytes for the same company and type, newest first. */
  public List<JobRecord> sameFile(CompanyId company, ImportType type, String sha256) {
    return jdbc.sql("select " + COLUMNS + " from integration_import_job where (cast(:company as uuid) is null"
            + " or company_id = :company) and (cast(:type as text) is null or type = :type) and file_sha256 = :sha"
            + " and status = 'COMPLETED' and not dry_run order by finished_at desc limit 20")
        .param("company", company == null ? null : company.value()).param("type", type == null ? null : type.name())
        .param("sha", sha256).query(this::record).list();
  }

  /**
   * Marks as FAILED the queued and running jobs of {@code node} (this process died with them) and those of other nodes
   * whose last sign of life is older than {@code staleBefore}; returns their ids.
   */
  public List<UUID> failAbandoned(String node, Instant staleBefore, String code, Instant now) {
    return jdbc.sql("""
            update integration_import_job set status = 'FAILED', failure_code = :code,
                failure_args = jsonb_build_array(rows_read::text, rows_accepted::text), finished_at = :now
             where status in ('QUEUED', 'RUNNING')
               and (node = :node or coalesce(heartbeat_at, created_at) < :stale)
            returning id""")
        .param("code", code).param("now", utc(now)).param("node", node).param("stale", utc(staleBefore))
        .query(UUID.class).list();
  }

  private static java.util.Map<String, Object> counters(ImportProgress p) {
    return java.util.Map.of("read", p.rowsRead(), "accepted", p.accepted(), "rejected", p.rejected(),
        "present", p.alreadyPresent(), "created", p.customersCreated(), "bytes", p.bytesRead(),
        "total", p.totalBytes());
  }

  private JobRecord record(ResultSet rs, int n) throws SQLException {
    UUID previous = rs.getObject("previous_job_id", UUID.class);
    ImportProgress p = new ImportProgress(rs.getLong("rows_read"), rs.getLong("rows_accepted"),
        rs.getLong("rows_rejected"), rs.getLong("rows_present"), rs.getLong("customers_created"),
        rs.getLong("bytes_read"), rs.getLong("bytes_total"));
    ImportJobView v = new ImportJobView(new ImportJobId(rs.getObject("id", UUID.class)),
        ImportType.valueOf(rs.getString("type")), ImportStatus.valueOf(rs.getString("status")),
        new CompanyId(rs.getObject("company_id", UUID.class)), rs.getString("file_name"),
        rs.getString("file_sha256"), rs.getLong("file_bytes"), rs.getString("format"), rs.getString("encoding"),
        rs.getBoolean("dry_run"), p, previous == null ? null : new ImportJobId(previous),
        json.strings(rs.getString("ignored_columns")), rs.getString("failure_code"),
        json.strings(rs.getString("failure_args")), rs.getString("created_by"), instant(rs, "created_at"),
        instant(rs, "started_at"), instant(rs, "finished_at"));
    return new JobRecord(v, rs.getObject("upload_id", UUID.class),
        json.read(rs.getString("mapping"), ColumnMapping.class), rs.getString("sheet"),
        json.strings(rs.getString("header")));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
