package org.openar.collections.domain;

import static org.openar.notifications.TemplateVariable.list;
import static org.openar.notifications.TemplateVariable.object;
import static org.openar.notifications.TemplateVariable.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.notifications.TemplateVariable;
import org.openar.notifications.VariableType;

/**
 * The variables dunning supplies to its templates. A template used by a strategy step may declare any subset of
 * these (with the same types); a variable dunning does not supply makes the strategy invalid when it is saved, never
 * a failed message at run time.
 */
public final class DunningSchema {

  private static final TemplateVariable[] ITEM_FIELDS = {
      of("documentNumber", VariableType.TEXT, "INV-2026-000123"),
      of("documentDate", VariableType.DATE, "2026-01-15"),
      of("dueDate", VariableType.DATE, "2026-02-14"),
      of("daysOverdue", VariableType.NUMBER, "16"),
      of("amount", VariableType.MONEY, "12345.60 CNY"),
      of("open", VariableType.MONEY, "8345.60 CNY")};

  public static final List<TemplateVariable> VARIABLES = List.of(
      object("customer", of("name", VariableType.TEXT, "上海示例贸易有限公司"), of("code", VariableType.TEXT, "C-1001")),
      object("contact", of("name", VariableType.TEXT, "李雷")).optional(),
      object("company", of("name", VariableType.TEXT, "示例科技（上海）有限公司")),
      object("collector", of("name", VariableType.TEXT, "王芳"), of("email", VariableType.TEXT, "ar@example.com"),
          of("phone", VariableType.TEXT, "+86 21 5555 0100")).optional(),
      of("asOf", VariableType.DATE, "2026-03-02"),
      of("level", VariableType.NUMBER, "2"),
      of("stepName", VariableType.TEXT, "Second reminder"),
      of("address", VariableType.TEXT, "上海市浦东新区世纪大道100号").optional(),
      list("items", ITEM_FIELDS),
      list("upcoming", ITEM_FIELDS).optional(),
      list("totals", of("amount", VariableType.MONEY, "8345.60 CNY")));

  private DunningSchema() {}

  /** The paths of a template's variables that dunning does not supply, or supplies with another type. */
  public static List<String> unsupported(List<TemplateVariable> declared) {
    List<String> out = new ArrayList<>();
    compare(declared, VARIABLES, "", out);
    return out;
  }

  private static void compare(List<TemplateVariable> declared, List<TemplateVariable> supplied, String prefix,
      List<String> out) {
    Map<String, TemplateVariable> byName = new HashMap<>();
    supplied.forEach(v -> byName.put(v.name(), v));
    for (TemplateVariable v : declared) {
      TemplateVariable s = byName.get(v.name());
      if (s == null || s.type() != v.type()) {
        out.add(prefix + v.name());
      } else if (!v.fields().isEmpty()) {
        compare(v.fields(), s.fields(), prefix + v.name() + ".", out);
      }
    }
  }
}
