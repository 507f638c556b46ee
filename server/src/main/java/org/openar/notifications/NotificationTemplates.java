package org.openar.notifications;

import java.util.List;
import java.util.Map;

/**
 * Versioned, bilingual message templates. Saving checks the whole template against its variable schema (unknown
 * variables, syntax, formatters, both languages, same channels); every change creates a new version and messages record
 * the version they were rendered from.
 */
public interface NotificationTemplates {

  /** @throws org.openar.shared.error.OpenArException NOTIFICATIONS_TEMPLATE_EXISTS, or validation errors per field */
  TemplateView create(String key, TemplateDraft draft);

  /**
   * Saves a new version. {@code baseVersion} is the version the author edited; if someone saved in between, this is
   * NOTIFICATIONS_TEMPLATE_STALE_VERSION rather than silently overwriting their change.
   */
  TemplateView update(String key, int baseVersion, TemplateDraft draft);

  /** For modules that ship default templates: creates the key if it does not exist, else returns it untouched. */
  TemplateView defineIfAbsent(String key, TemplateDraft draft);

  /** The current version. @throws org.openar.shared.error.OpenArException NOTIFICATIONS_TEMPLATE_NOT_FOUND */
  TemplateView get(String key);

  TemplateView get(String key, int version);

  List<TemplateView> list(boolean includeArchived);

  /** All versions, newest first. */
  List<TemplateView> versions(String key);

  /** Archived templates are kept (sent messages refer to them) but cannot be used for new messages. */
  void archive(String key);

  void restore(String key);

  /** Renders an unsaved draft in both languages with {@code data}, or sample data from the schema when null. */
  TemplatePreview preview(TemplateDraft draft, Map<String, Object> data);

  /** Renders a saved version (current when {@code version} is null) in both languages. */
  TemplatePreview preview(String key, Integer version, Map<String, Object> data);

  /** The letter of a draft rendered to PDF in one language, as it would be printed. */
  byte[] previewLetter(TemplateDraft draft, String language, Map<String, Object> data);
}
