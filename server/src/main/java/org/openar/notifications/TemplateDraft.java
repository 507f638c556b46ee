package org.openar.notifications;

import java.util.List;
import java.util.Map;

/**
 * A template version as written by an author: description, variable schema, and texts per language ("zh-CN" and
 * "en", both required, each offering the same channels).
 */
public record TemplateDraft(String description, List<TemplateVariable> variables, Map<String, TemplateTexts> texts,
    String comment) {

  public TemplateDraft {
    variables = variables == null ? List.of() : List.copyOf(variables);
    texts = texts == null ? Map.of() : Map.copyOf(texts);
  }
}
