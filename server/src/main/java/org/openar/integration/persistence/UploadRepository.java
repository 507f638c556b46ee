package org.openar.integration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staged uploads: where the file lies, whose it is and what it is. */
@Repository
public class UploadRepository {

  /** A staged file. */
  public record StoredUpload(UUID id, String owner, String fileName, String path, long size, String sha256,
      String format, String encoding, Instant createdAt) {}

  private final JdbcClient jdbc;

  public UploadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(StoredUpload u) {
    jdbc.sql("""
            insert into integration_upload (id, owner, file_name, path, size, sha256, format, encoding, created_at)
            values (:id, :owner, :name, :path, :size, :sha, :format, :encoding, :at)""")
        .param("id", u.id()).param("owner", u.owner()).param("name", u.fileName()).param("path", u.path())
        .param("size", u.size()).param("sha", u.sha256()).param("format", u.format()).param("encoding", u.encoding())
        .param("at", JobRepository.utc(u.createdAt()))
        .update();
  }

  public Optional<StoredUpload> find(UUID id) {
    return jdbc.sql("select * from integration_upload where id = :id").param("id", id).query(this::upload)
        .optional();
  }

  /** Uploads staged before {@code before} that no queued or running job still reads. */
  public List<StoredUpload> expired(Instant before) {
    return jdbc.sql("""
            select * from integration_upload u where created_at < :before
               and not exists (select 1 from integration_import_job j where j.upload_id = u.id
                                 and j.status in ('QUEUED', 'RUNNING'))""")
        .param("before", JobRepository.utc(before)).query(this::upload).list();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from integration_upload where id = :id").param("id", id).update();
  }

  private StoredUpload upload(ResultSet rs, int n) throws SQLException {
    return new StoredUpload(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("file_name"),
        rs.getString("path"), rs.getLong("size"), rs.getString("sha256"), rs.getString("format"),
        rs.getString("encoding"), JobRepository.instant(rs, "created_at"));
  }
}
