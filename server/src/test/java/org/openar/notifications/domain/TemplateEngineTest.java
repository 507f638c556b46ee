package org.openar.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openar.notifications.Channel;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateVariable;
import org.openar.notifications.VariableType;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.money.Money;

class TemplateEngineTest {

  static final List<TemplateVariable> SCHEMA = List.of(
      TemplateVariable.object("customer", TemplateVariable.of("name", VariableType.TEXT, "上海示例贸易有限公司")),
      TemplateVariable.of("total", VariableType.MONEY, "12345.60 CNY"),
      TemplateVariable.of("asOf", VariableType.DATE, "2026-03-01"),
      TemplateVariable.list("items",
          TemplateVariable.of("number", VariableType.TEXT, "INV-2026-000001"),
          TemplateVariable.of("dueDate", VariableType.DATE, "2026-01-31"),
          TemplateVariable.of("open", VariableType.MONEY, "1000.00 CNY")),
      TemplateVariable.of("note", VariableType.TEXT, null).optional());

  static final String HTML = """
      <p>{{customer.name}}：截至{{asOf|date}}，逾期金额 <b>{{total|money}}</b>。</p>
      {{#items}}<tr><td>{{number}}</td><td>{{dueDate|date}}</td><td>{{open|amount}}</td></tr>{{/items}}
      {{^note}}<p>无备注</p>{{/note}}{{! authors may leave comments }}""";

  @Test
  void rendersPerLanguageAndEscapesValuesInHtmlOnly() {
    Map<String, Object> values = TemplateValues.coerce(SCHEMA, Map.of(
        "customer", Map.of("name", "A&B <Trading>"),
        "total", Money.of("-12345.6", "CNY"),
        "asOf", LocalDate.of(2026, 3, 1),
        "items", List.of(Map.of("number", "INV-1", "dueDate", "2026-01-31", "open", "1000.5 CNY"),
            Map.of("number", "INV-2", "dueDate", LocalDate.of(2026, 2, 28), "open", Money.of("2000", "USD"))))).values();

    String zh = RenderedTexts.part(HTML, values, true, true);
    assertThat(zh).contains("A&amp;B &lt;Trading&gt;：截至2026年3月1日，逾期金额 <b>-¥12,345.60</b>")
        .contains("<td>INV-1</td><td>2026年1月31日</td><td>1,000.50</td>")
        .contains("<td>INV-2</td><td>2026年2月28日</td><td>2,000.00</td>")
        .contains("<p>无备注</p>").doesNotContain("comments");
    String en = RenderedTexts.part("{{customer.name}} owes {{total}} as of {{asOf}}", values, false, false);
    assertThat(en).isEqualTo("A&B <Trading> owes -CNY 12,345.60 as of 1 Mar 2026");
  }

  @Test
  void unknownVariablesAreRejectedWithTheirPosition() {
    List<FieldViolation> v = TemplateValidation.validate(draft("Hi {{customer.nmae}}\n{{#items}}{{amount}}{{/items}}"));

    assertThat(v).extracting(FieldViolation::field, FieldViolation::code, FieldViolation::args).contains(
        org.assertj.core.groups.Tuple.tuple("texts.zh-CN.emailHtml", NotificationsError.NOTIFICATIONS_UNKNOWN_VARIABLE,
            List.of("customer.nmae", 1, 4)),
        org.assertj.core.groups.Tuple.tuple("texts.zh-CN.emailHtml", NotificationsError.NOTIFICATIONS_UNKNOWN_VARIABLE,
            List.of("amount", 2, 11)));
  }

  @Test
  void itemFieldsExistOnlyInsideTheirLoop() {
    assertThat(codes(draft("{{#items}}{{number}} {{customer.name}}{{/items}}"))).isEmpty();
    assertThat(codes(draft("{{number}}"))).containsExactly(NotificationsError.NOTIFICATIONS_UNKNOWN_VARIABLE);
  }

  @Test
  void syntaxAndTypeErrorsAreRejected() {
    assertThat(codes(draft("{{#items}}x"))).containsExactly(NotificationsError.NOTIFICATIONS_SECTION_UNCLOSED);
    assertThat(codes(draft("{{#items}}x{{/item}}"))).containsExactly(NotificationsError.NOTIFICATIONS_SECTION_MISMATCH);
    assertThat(codes(draft("{{customer.name"))).containsExactly(NotificationsError.NOTIFICATIONS_TAG_UNCLOSED);
    assertThat(codes(draft("{{{customer.name}}}"))).containsExactly(NotificationsError.NOTIFICATIONS_TAG_INVALID);
    assertThat(codes(draft("{{total|shout}}"))).containsExactly(NotificationsError.NOTIFICATIONS_UNKNOWN_FORMATTER);
    assertThat(codes(draft("{{asOf|money}}"))).containsExactly(NotificationsError.NOTIFICATIONS_FORMATTER_MISMATCH);
    assertThat(codes(draft("{{items}}"))).containsExactly(NotificationsError.NOTIFICATIONS_VARIABLE_NOT_PRINTABLE);
  }

  @Test
  void bothLanguagesMustOfferTheSameChannels() {
    TemplateTexts zh = TemplateTexts.email("提醒", "<p>{{customer.name}}</p>", null).withSms("{{customer.name}}");
    TemplateTexts en = TemplateTexts.email("Reminder", "<p>{{customer.name}}</p>", null);
    List<FieldViolation> v = TemplateValidation.validate(new TemplateDraft("d", SCHEMA, Map.of("zh-CN", zh, "en", en), null));

    assertThat(v).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("texts.en", NotificationsError.NOTIFICATIONS_CHANNELS_DIFFER));
    assertThat(codes(new TemplateDraft("d", SCHEMA, Map.of("zh-CN", zh), null)))
        .contains(NotificationsError.NOTIFICATIONS_LANGUAGE_MISSING);
  }

  @Test
  void callersMustSupplyRequiredVariablesOfTheRightType() {
    TemplateValues.Result r = TemplateValues.coerce(SCHEMA, Map.of("customer", Map.of("name", "x"), "total", "abc",
        "items", List.of(Map.of("number", "1", "dueDate", "2026-13-01", "open", "1 CNY"))));

    assertThat(r.problems()).extracting(Problem::code, Problem::args).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(NotificationsError.NOTIFICATIONS_VARIABLE_INVALID, List.of("total", VariableType.MONEY)),
        org.assertj.core.groups.Tuple.tuple(NotificationsError.NOTIFICATIONS_VARIABLE_MISSING, List.of("asOf")),
        org.assertj.core.groups.Tuple.tuple(NotificationsError.NOTIFICATIONS_VARIABLE_INVALID, List.of("items[0].dueDate", VariableType.DATE)));
  }

  @Test
  void emailTextIsDerivedFromHtmlAndSubjectsStayOnOneLine() {
    TemplateTexts texts = TemplateTexts.email("Reminder {{customer.name}}", "<p>Dear {{customer.name}},</p><p>Please pay.</p>", null);
    RenderedTexts r = RenderedTexts.render(texts, Channel.EMAIL, Map.of("customer", Map.of("name", "Evil\r\nBcc: x@y")), false);

    assertThat(r.subject()).isEqualTo("Reminder Evil Bcc: x@y");
    assertThat(r.text()).isEqualTo("Dear Evil Bcc: x@y,\nPlease pay.");
  }

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy p = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));
    assertThat(List.of(p.delayAfter(1), p.delayAfter(2), p.delayAfter(3), p.delayAfter(4)))
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(5));
    assertThat(p.exhausted(4)).isFalse();
    assertThat(p.exhausted(5)).isTrue();
  }

  private static TemplateDraft draft(String zhHtml) {
    return new TemplateDraft("d", SCHEMA, Map.of(
        "zh-CN", TemplateTexts.email("提醒", zhHtml, null),
        "en", TemplateTexts.email("Reminder", "<p>{{customer.name}}</p>", null)), null);
  }

  private static List<NotificationsError> codes(TemplateDraft d) {
    return TemplateValidation.validate(d).stream().map(f -> (NotificationsError) f.code()).toList();
  }
}
