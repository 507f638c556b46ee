package org.openar.notifications.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.notifications.Attachment;
import org.openar.notifications.MessageDetail.AttachmentInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments of messages, their bytes stored once per content (content-addressed by SHA-256). */
@Repository
public class AttachmentRepository {

  private final JdbcClient jdbc;

  public AttachmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the bytes unless the same content is already stored; returns their SHA-256. */
  public String putBlob(byte[] content) {
    String sha = sha256(content);
    jdbc.sql("insert into notifications_blob (sha256, size, content) values (:sha, :size, :content) on conflict do nothing")
        .param("sha", sha).param("size", (long) content.length).param("content", content).update();
    return sha;
  }

  public Optional<byte[]> blob(String sha) {
    return jdbc.sql("select content from notifications_blob where sha256 = :sha").param("sha", sha)
        .query(byte[].class).optional();
  }

  public void add(UUID messageId, int index, Attachment a) {
    String sha = putBlob(a.content());
    jdbc.sql("""
            insert into notifications_attachment (message_id, idx, file_name, content_type, sha256)
            values (:id, :idx, :name, :type, :sha)""")
        .param("id", messageId).param("idx", index).param("name", a.fileName()).param("type", a.contentType())
        .param("sha", sha).update();
  }

  public List<Attachment> all(UUID messageId) {
    return jdbc.sql("""
            select a.file_name, a.content_type, b.content from notifications_attachment a
            join notifications_blob b on b.sha256 = a.sha256 where a.message_id = :id order by a.idx""")
        .param("id", messageId)
        .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
  }

  public Optional<Attachment> one(UUID messageId, int index) {
    return jdbc.sql("""
            select a.file_name, a.content_type, b.content from notifications_attachment a
            join notifications_blob b on b.sha256 = a.sha256 where a.message_id = :id and a.idx = :idx""")
        .param("id", messageId).param("idx", index)
        .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
  }

  public List<AttachmentInfo> infos(UUID messageId) {
    return jdbc.sql("""
            select a.idx, a.file_name, a.content_type, b.size, a.sha256 from notifications_attachment a
            join notifications_blob b on b.sha256 = a.sha256 where a.message_id = :id order by a.idx""")
        .param("id", messageId)
        .query((rs, n) -> new AttachmentInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getString(5)))
        .list();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
