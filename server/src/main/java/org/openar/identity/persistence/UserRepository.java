package org.openar.identity.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.identity.UserView;
import org.openar.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

  private static final String COLUMNS = "id, username, display_name, email, roles, language, enabled, password_hash";

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A user row including the password hash, for authentication only. */
  public record UserRow(UserView view, String passwordHash) {}

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

  public void updatePassword(UUID id, String hash, Instant now) {
    jdbc.sql("update identity_user set password_hash = :hash, updated_at = :now where id = :id")
        .param("id", id).param("hash", hash).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
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
    return new UserRow(view, rs.getString("password_hash"));
  }
}
