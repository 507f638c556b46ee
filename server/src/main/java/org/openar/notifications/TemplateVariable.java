package org.openar.notifications;

import java.util.List;

/**
 * One variable a template key accepts. Templates may only use declared variables (checked when they are saved), and
 * callers must supply every required one (checked when a message is enqueued).
 *
 * @param name identifier ({@code customer}, {@code items}); nested names are written {@code customer.name} in templates
 * @param type its type
 * @param required whether callers must supply it
 * @param description what it holds, for template authors
 * @param example sample value for previews ("12345.60 CNY", "2026-03-01", "上海示例贸易有限公司"); null for a default
 * @param fields the fields of an OBJECT, or of each item of a LIST
 */
public record TemplateVariable(String name, VariableType type, boolean required, String description, String example,
    List<TemplateVariable> fields) {

  public TemplateVariable {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  public static TemplateVariable of(String name, VariableType type, String example) {
    return new TemplateVariable(name, type, true, null, example, List.of());
  }

  public static TemplateVariable object(String name, TemplateVariable... fields) {
    return new TemplateVariable(name, VariableType.OBJECT, true, null, null, List.of(fields));
  }

  public static TemplateVariable list(String name, TemplateVariable... itemFields) {
    return new TemplateVariable(name, VariableType.LIST, true, null, null, List.of(itemFields));
  }

  public TemplateVariable optional() {
    return new TemplateVariable(name, type, false, description, example, fields);
  }
}
