package org.openar.identity.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.identity.UserView;
import org.openar.shared.db.Sql;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

  private static final String COLUMNS = "id, username, display_name, email, roles, language, enabled, password_hash,"
      + " credentials_version, created_at, updated_at, last_login_at";

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A user row including the password hash (for authentication only) and the credentials version that sessions are
   * bound to.
   */
  public record UserRow(UserView view, String passwordHash, int credentialsVersion, Instant createdAt,
      Instant updatedAt, Instant lastLoginAt) {}

  /** Filters of the administration list; every field optional. {@code text} matches username, name or email. */
  public record UserFilter(String text, Role role, Boolean enabled) {}

  private static final Map<String, String> SORT_COLUMNS = Map.of("username", "lower(username)",
      "displayName", "lower(display_name)", "createdAt", "created_at", "lastLoginAt", "last_login_at");

  public Optional<UserRow> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from identity_user where lower(username) = lower(:u)")
        .param("u", username).query(UserRepository::map).optional();
  }

  public Optional<UserRow> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from identity_user where id = :id").param("id", id)
        .query(UserRepository::map).optional();
  }

  public List<UserRow> all() {
    return jdbc.sql("select " + COLUMNS + " from identity_user order by username").query(UserRepository::map).list();
  }

  public List<UserRow> withRole(Role role) {
    return jdbc.sql("select " + COLUMNS + " from identity_user where :r = any(roles) and enabled order by username")
        .param("r", role.name()).query(UserRepository::map).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from identity_user").query(Long.class).single();
  }

  public void insert(UserView u, String passwordHash, Instant now) {
    jdbc.sql("""
            insert into identity_user (id, username, display_name, email, password_hash, roles, language, enabled,
                                       created_at, updated_at)
            values (:id, :username, :display, :email, :hash, cast(:roles as text[]), :lang, :enabled, :now, :now)""")
        .param("id", u.id()).param("username", u.username()).param("display", u.displayName())
        .param("email", u.email()).param("hash", passwordHash).param("roles", rolesLiteral(u.roles()))
        .param("lang", u.language()).param("enabled", u.enabled())
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
  }

  public void update(UserView u, Instant now) {
    jdbc.sql("""
            update identity_user set display_name = :display, email = :email, roles = cast(:roles as text[]),
                   language = :lang, enabled = :enabled, updated_at = :now where id = :id""")
        .param("id", u.id()).param("display", u.displayName()).param("email", u.email())
        .param("roles", rolesLiteral(u.roles())).param("lang", u.language()).param("enabled", u.enabled())
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
  }

  /** Sets a new hash and bumps the credentials version (ending other sessions); returns the new version. */
  public int updatePassword(UUID id, String hash, Instant now) {
    return jdbc.sql("""
            update identity_user set password_hash = :hash, credentials_version = credentials_version + 1,
                   updated_at = :now where id = :id returning credentials_version""")
        .param("id", id).param("hash", hash).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .query(Integer.class).single();
  }

  public void touchLogin(UUID id, Instant now) {
    jdbc.sql("update identity_user set last_login_at = :now where id = :id")
        .param("id", id).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
  }

  /**
   * Row-locks every enabled administrator and returns their ids: a change that could remove the last one holds these
   * locks until it commits, so two admins demoting each other at once cannot both succeed.
   */
  public List<UUID> lockEnabledAdmins() {
    return jdbc.sql("select id from identity_user where 'ADMIN' = any(roles) and enabled order by id for update")
        .query(UUID.class).list();
  }

  public Optional<UserRow> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from identity_user where id = :id for update").param("id", id)
        .query(UserRepository::map).optional();
  }

  private static final String FILTER = """
      (cast(:text as text) is null or lower(username) like :text or lower(display_name) like :text
           or lower(coalesce(email, '')) like :text)
      and (cast(:role as text) is null or :role = any(roles))
      and (cast(:enabled as boolean) is null or enabled = :enabled)""";

  public List<UserRow> search(UserFilter f, PageQuery q) {
    String column = q.sortField() == null ? "lower(username)" : SORT_COLUMNS.getOrDefault(q.sortField(), "lower(username)");
    String dir = q.descending() ? " desc nulls last" : " asc nulls last";
    return jdbc.sql("select " + COLUMNS + " from identity_user where " + FILTER + " order by " + column + dir
            + ", id limit :limit offset :offset")
        .params(params(f)).param("limit", q.size()).param("offset", q.offset())
        .query(UserRepository::map).list();
  }

  public long count(UserFilter f) {
    return jdbc.sql("select count(*) from identity_user where " + FILTER).params(params(f)).query(Long.class).single();
  }

  private static Map<String, Object> params(UserFilter f) {
    Map<String, Object> p = new HashMap<>();
    String text = f.text() == null || f.text().isBlank() ? null : f.text().strip().toLowerCase(Locale.ROOT);
    p.put("text", text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    p.put("role", f.role() == null ? null : f.role().name());
    p.put("enabled", f.enabled());
    return p;
  }

  static String rolesLiteral(Set<Role> roles) {
    return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
  }

  private static UserRow map(ResultSet rs, int n) throws SQLException {
    Array arr = rs.getArray("roles");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object o : (Object[]) arr.getArray()) {
      roles.add(Role.valueOf((String) o));
    }
    UserView view = new UserView(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
        rs.getString("email"), roles, rs.getString("language"), rs.getBoolean("enabled"));
    return new UserRow(view, rs.getString("password_hash"), rs.getInt("credentials_version"),
        Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), Sql.instant(rs, "last_login_at"));
  }

}
