package org.openar.notifications.persistence;

import java.util.List;
import java.util.Optional;
import org.openar.notifications.Channel;
import org.openar.notifications.Suppression;
import org.openar.shared.db.Sql;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Addresses never to contact, per channel; addresses are stored normalised (see {@code Addresses}). */
@Repository
public class SuppressionRepository {

  private final JdbcClient jdbc;

  public SuppressionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds or replaces the entry (a new reason overwrites the old one). */
  public void put(Suppression s) {
    jdbc.sql("""
            insert into notifications_suppression (channel, address, reason, created_by, created_at)
            values (:channel, :address, :reason, :by, :at)
            on conflict (channel, address) do update set reason = excluded.reason, created_by = excluded.created_by,
                created_at = excluded.created_at""")
        .param("channel", s.channel().name()).param("address", s.address()).param("reason", s.reason())
        .param("by", s.createdBy()).param("at", Sql.utc(s.createdAt())).update();
  }

  public boolean delete(Channel channel, String address) {
    return jdbc.sql("delete from notifications_suppression where channel = :channel and address = :address")
        .param("channel", channel.name()).param("address", address).update() == 1;
  }

  public Optional<Suppression> find(Channel channel, String address) {
    return jdbc.sql("select * from notifications_suppression where channel = :channel and address = :address")
        .param("channel", channel.name()).param("address", address).query(SuppressionRepository::row).optional();
  }

  public List<Suppression> search(Channel channel, String contains, PageQuery page) {
    return jdbc.sql("select * from notifications_suppression where " + WHERE
            + " order by created_at desc, address limit :limit offset :offset")
        .param("channel", channel == null ? null : channel.name()).param("q", contains)
        .param("limit", page.size()).param("offset", page.offset())
        .query(SuppressionRepository::row).list();
  }

  public long count(Channel channel, String contains) {
    return jdbc.sql("select count(*) from notifications_suppression where " + WHERE)
        .param("channel", channel == null ? null : channel.name()).param("q", contains).query(Long.class).single();
  }

  private static final String WHERE = """
      (cast(:channel as text) is null or channel = :channel)
      and (cast(:q as text) is null or strpos(address, lower(:q)) > 0)""";

  private static Suppression row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Suppression(Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("reason"),
        rs.getString("created_by"), Sql.instant(rs, "created_at"));
  }
}
