package org.openar.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.openar.notifications.Channel;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateVariable;
import org.openar.notifications.TemplateView;
import org.openar.notifications.domain.TemplateValidation;
import org.openar.shared.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Template keys and their immutable versions; schema and texts as JSON. */
@Repository
public class TemplateRepository {

  private static final String VERSION_COLUMNS = """
      v.template_key, v.version, t.current_version, t.archived, v.description, v.variables::text variables,
      v.texts::text texts, v.comment, v.created_by, v.created_at""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public TemplateRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The head row of a key, locked, so concurrent edits of one template take turns. */
  public record Head(int currentVersion, boolean archived) {}

  public Optional<Head> lock(String key) {
    return jdbc.sql("select current_version, archived from notifications_template where template_key = :key for update")
        .param("key", key).query((rs, n) -> new Head(rs.getInt(1), rs.getBoolean(2))).optional();
  }

  /** Creates the key at version 1; false when it already exists. */
  public boolean create(String key, Instant now) {
    return jdbc.sql("""
            insert into notifications_template (template_key, current_version, archived, created_at, updated_at)
            values (:key, 1, false, :now, :now) on conflict do nothing""")
        .param("key", key).param("now", Sql.utc(now)).update() == 1;
  }

  public void addVersion(String key, int version, TemplateDraft d, String by, Instant now) {
    jdbc.sql("""
            insert into notifications_template_version (template_key, version, description, variables, texts, comment,
                created_by, created_at)
            values (:key, :version, :description, cast(:variables as jsonb), cast(:texts as jsonb), :comment, :by, :now)""")
        .param("key", key).param("version", version).param("description", d.description())
        .param("variables", json.writeValueAsString(d.variables())).param("texts", json.writeValueAsString(d.texts()))
        .param("comment", d.comment()).param("by", by).param("now", Sql.utc(now)).update();
  }

  public void setHead(String key, int currentVersion, boolean archived, Instant now) {
    jdbc.sql("""
            update notifications_template set current_version = :version, archived = :archived, updated_at = :now
            where template_key = :key""")
        .param("key", key).param("version", currentVersion).param("archived", archived).param("now", Sql.utc(now))
        .update();
  }

  public Optional<TemplateView> find(String key, Integer version) {
    return jdbc.sql("select " + VERSION_COLUMNS + """
             from notifications_template t join notifications_template_version v on v.template_key = t.template_key
            where t.template_key = :key and v.version = coalesce(:version, t.current_version)""")
        .param("key", key).param("version", version).query(this::view).optional();
  }

  public List<TemplateView> current(boolean includeArchived) {
    return jdbc.sql("select " + VERSION_COLUMNS + """
             from notifications_template t join notifications_template_version v
              on v.template_key = t.template_key and v.version = t.current_version
            where :all or not t.archived order by t.template_key""")
        .param("all", includeArchived).query(this::view).list();
  }

  public List<TemplateView> versions(String key) {
    return jdbc.sql("select " + VERSION_COLUMNS + """
             from notifications_template t join notifications_template_version v on v.template_key = t.template_key
            where t.template_key = :key order by v.version desc""")
        .param("key", key).query(this::view).list();
  }

  private TemplateView view(ResultSet rs, int n) throws SQLException {
    List<TemplateVariable> variables = json.readValue(rs.getString("variables"), new TypeReference<>() {});
    Map<String, TemplateTexts> texts = new TreeMap<>(json.readValue(rs.getString("texts"),
        new TypeReference<Map<String, TemplateTexts>>() {}));
    TemplateTexts any = texts.values().stream().findFirst().orElse(null);
    Set<Channel> channels = any == null ? Set.of() : TemplateValidation.channels(any);
    return new TemplateView(rs.getString("template_key"), rs.getInt("version"), rs.getInt("current_version"),
        rs.getBoolean("archived"), rs.getString("description"), variables, texts, channels, rs.getString("comment"),
        rs.getString("created_by"), Sql.instant(rs, "created_at"));
  }
}
