package org.openar.notifications.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openar.audit.AuditTrail;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateDraft;
import org.openar.notifications.TemplatePreview;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateView;
import org.openar.notifications.domain.RenderedTexts;
import org.openar.notifications.domain.TemplateValidation;
import org.openar.notifications.domain.TemplateValues;
import org.openar.notifications.persistence.TemplateRepository;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Locales;
import org.openar.shared.pdf.PdfDocument;
import org.openar.shared.pdf.PdfRenderer;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TemplateService implements NotificationTemplates {

  private final TemplateRepository templates;
  private final AuditTrail audit;
  private final PdfRenderer pdf;
  private final Clock clock;

  public TemplateService(TemplateRepository templates, AuditTrail audit, PdfRenderer pdf, Clock clock) {
    this.templates = templates;
    this.audit = audit;
    this.pdf = pdf;
    this.clock = clock;
  }

  @Override
  @Transactional
  public TemplateView create(String key, TemplateDraft draft) {
    validate(key, draft);
    if (!templates.create(key, clock.instant())) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_TEMPLATE_EXISTS, key).onField("key");
    }
    templates.addVersion(key, 1, draft, CurrentActor.get().username(), clock.instant());
    TemplateView view = get(key);
    audit.record("notifications.template", key, "created", null, view);
    return view;
  }

  @Override
  @Transactional
  public TemplateView update(String key, int baseVersion, TemplateDraft draft) {
    TemplateRepository.Head head = head(key);
    if (head.currentVersion() != baseVersion) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_TEMPLATE_STALE_VERSION, key, baseVersion,
          head.currentVersion()).onField("baseVersion");
    }
    validate(key, draft);
    TemplateView before = get(key);
    int version = head.currentVersion() + 1;
    templates.addVersion(key, version, draft, CurrentActor.get().username(), clock.instant());
    templates.setHead(key, version, head.archived(), clock.instant());
    TemplateView after = get(key);
    audit.record("notifications.template", key, "version-added", before, after);
    return after;
  }

  @Override
  @Transactional
  public TemplateView defineIfAbsent(String key, TemplateDraft draft) {
    return templates.find(key, null).orElseGet(() -> create(key, draft));
  }

  @Override
  @Transactional(readOnly = true)
  public TemplateView get(String key) {
    return templates.find(key, null)
        .orElseThrow(() -> new OpenArException(NotificationsError.NOTIFICATIONS_TEMPLATE_NOT_FOUND, key));
  }

  @Override
  @Transactional(readOnly = true)
  public TemplateView get(String key, int version) {
    return templates.find(key, version).orElseThrow(() ->
        new OpenArException(NotificationsError.NOTIFICATIONS_TEMPLATE_VERSION_NOT_FOUND, key, version));
  }

  @Override
  @Transactional(readOnly = true)
  public List<TemplateView> list(boolean includeArchived) {
    return templates.current(includeArchived);
  }

  @Override
  @Transactional(readOnly = true)
  public List<TemplateView> versions(String key) {
    get(key);
    return templates.versions(key);
  }

  @Override
  @Transactional
  public void archive(String key) {
    setArchived(key, true);
  }

  @Override
  @Transactional
  public void restore(String key) {
    setArchived(key, false);
  }

  private void setArchived(String key, boolean archived) {
    TemplateRepository.Head head = head(key);
    if (head.archived() != archived) {
      templates.setHead(key, head.currentVersion(), archived, clock.instant());
      audit.record("notifications.template", key, archived ? "archived" : "restored", head, !archived);
    }
  }

  @Override
  public TemplatePreview preview(TemplateDraft draft, Map<String, Object> data) {
    List<FieldViolation> violations = TemplateValidation.validate(draft);
    if (!violations.isEmpty()) {
      throw OpenArException.invalid(violations);
    }
    Map<String, Object> values = values(draft, data);
    Map<String, TemplatePreview.Rendered> languages = new LinkedHashMap<>();
    for (String language : TemplateValidation.LANGUAGES) {
      TemplateTexts t = draft.texts().get(language);
      boolean zh = language.equals("zh-CN");
      languages.put(language, new TemplatePreview.Rendered(
          RenderedTexts.part(t.emailSubject(), values, false, zh), RenderedTexts.part(t.emailHtml(), values, true, zh),
          t.supports(org.openar.notifications.Channel.EMAIL)
              ? RenderedTexts.render(t, org.openar.notifications.Channel.EMAIL, values, zh).text() : null,
          RenderedTexts.part(t.smsText(), values, false, zh), RenderedTexts.part(t.letterHtml(), values, true, zh)));
    }
    return new TemplatePreview(languages);
  }

  @Override
  @Transactional(readOnly = true)
  public TemplatePreview preview(String key, Integer version, Map<String, Object> data) {
    TemplateView v = version == null ? get(key) : get(key, version);
    return preview(new TemplateDraft(v.description(), v.variables(), v.texts(), null), data);
  }

  @Override
  public byte[] previewLetter(TemplateDraft draft, String language, Map<String, Object> data) {
    TemplatePreview preview = preview(draft, data);
    Locale locale = Locales.fromTag(language);
    TemplatePreview.Rendered r = preview.languages().get(Locales.tag(locale));
    if (r.letterHtml() == null) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_CHANNEL_NOT_IN_TEMPLATE, "draft", "LETTER");
    }
    return pdf.render(PdfDocument.of(r.letterHtml(), locale));
  }

  private static Map<String, Object> values(TemplateDraft draft, Map<String, Object> data) {
    TemplateValues.Result r = TemplateValues.coerce(draft.variables(),
        data == null ? TemplateValues.sample(draft.variables()) : data);
    if (!r.problems().isEmpty()) {
      throw OpenArException.invalid(r.problems().stream()
          .map(p -> new FieldViolation("data." + p.args().get(0), p.code(), p.args())).toList());
    }
    return r.values();
  }

  private void validate(String key, TemplateDraft draft) {
    if (!TemplateValidation.validKey(key)) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_INVALID_TEMPLATE_KEY, String.valueOf(key)).onField("key");
    }
    List<FieldViolation> violations = TemplateValidation.validate(draft);
    if (!violations.isEmpty()) {
      throw OpenArException.invalid(violations);
    }
  }

  private TemplateRepository.Head head(String key) {
    return templates.lock(key)
        .orElseThrow(() -> new OpenArException(NotificationsError.NOTIFICATIONS_TEMPLATE_NOT_FOUND, key));
  }
}
