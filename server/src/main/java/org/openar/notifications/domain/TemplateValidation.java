package org.openar.notifications.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openar.notifications.Channel;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateVariable;
import org.openar.shared.error.FieldViolation;

/**
 * Everything that makes a template version acceptable, checked when it is saved: a well-formed key, a sound schema,
 * both languages, the same channels in both, complete e-mail texts, and every part parsing and using only declared
 * variables with fitting formatters. Problems come back per field ({@code texts.zh-CN.emailHtml}).
 */
public final class TemplateValidation {

  public static final List<String> LANGUAGES = List.of("zh-CN", "en");
  private static final String KEY = "[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*";

  private static final Map<String, Function<TemplateTexts, String>> PARTS = Map.of(
      "emailSubject", TemplateTexts::emailSubject,
      "emailHtml", TemplateTexts::emailHtml,
      "emailText", TemplateTexts::emailText,
      "smsText", TemplateTexts::smsText,
      "letterHtml", TemplateTexts::letterHtml);

  private TemplateValidation() {}

  public static boolean validKey(String key) {
    return key != null && key.length() <= 100 && key.matches(KEY);
  }

  public static List<FieldViolation> validate(TemplateDraft draft) {
    List<FieldViolation> violations = new ArrayList<>();
    for (Problem p : TemplateValues.checkSchema(draft.variables())) {
      violations.add(violation("variables", p));
    }
    for (String language : draft.texts().keySet()) {
      if (!LANGUAGES.contains(language)) {
        violations.add(FieldViolation.of("texts." + language, NotificationsError.NOTIFICATIONS_UNKNOWN_LANGUAGE, language));
      }
    }
    for (String language : LANGUAGES) {
      TemplateTexts texts = draft.texts().get(language);
      if (texts == null) {
        violations.add(FieldViolation.of("texts." + language, NotificationsError.NOTIFICATIONS_LANGUAGE_MISSING, language));
      } else {
        violations.addAll(language(language, texts, draft.variables()));
      }
    }
    violations.addAll(channels(draft));
    return violations;
  }

  private static List<FieldViolation> language(String language, TemplateTexts texts, List<TemplateVariable> schema) {
    List<FieldViolation> violations = new ArrayList<>();
    String field = "texts." + language;
    boolean subject = present(texts.emailSubject());
    if (subject != present(texts.emailHtml()) || (present(texts.emailText()) && !subject)) {
      violations.add(FieldViolation.of(field + (subject ? ".emailHtml" : ".emailSubject"),
          NotificationsError.NOTIFICATIONS_EMAIL_INCOMPLETE, language));
    }
    PARTS.forEach((part, getter) -> {
      String source = getter.apply(texts);
      if (source == null) {
        return;
      }
      TemplateParser.Result parsed = TemplateParser.parse(source);
      List<Problem> problems = parsed.ok() ? TemplateChecker.check(parsed.nodes(), schema) : List.of(parsed.problem());
      for (Problem p : problems) {
        violations.add(violation(field + "." + part, p));
      }
    });
    return violations;
  }

  private static List<FieldViolation> channels(TemplateDraft draft) {
    Set<Channel> any = EnumSet.noneOf(Channel.class);
    draft.texts().values().forEach(t -> any.addAll(channels(t)));
    if (any.isEmpty()) {
      return List.of(FieldViolation.of("texts", NotificationsError.NOTIFICATIONS_TEMPLATE_EMPTY));
    }
    List<FieldViolation> violations = new ArrayList<>();
    for (String language : LANGUAGES) {
      TemplateTexts texts = draft.texts().get(language);
      for (Channel c : any) {
        if (texts != null && !texts.supports(c)) {
          violations.add(FieldViolation.of("texts." + language, NotificationsError.NOTIFICATIONS_CHANNELS_DIFFER, c,
              language));
        }
      }
    }
    return violations;
  }

  public static Set<Channel> channels(TemplateTexts texts) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (Channel c : Channel.values()) {
      if (texts.supports(c)) {
        channels.add(c);
      }
    }
    return channels;
  }

  private static FieldViolation violation(String field, Problem p) {
    return new FieldViolation(field, p.code(), p.args());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
