package org.openar.notifications.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.notifications.Attachment;
import org.openar.notifications.Channel;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageRequest;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateTexts;
import org.openar.notifications.TemplateView;
import org.openar.notifications.domain.Addresses;
import org.openar.notifications.domain.RenderedTexts;
import org.openar.notifications.domain.TemplateValues;
import org.openar.notifications.persistence.AttachmentRepository;
import org.openar.notifications.persistence.MessageRepository;
import org.openar.notifications.persistence.MessageRow;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Locales;
import org.openar.shared.id.Ids;
import org.openar.shared.pdf.PdfDocument;
import org.openar.shared.pdf.PdfRenderer;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Validates a request, renders its template (current version) in the recipient's language and stores the message
 * with its attachments; a letter is rendered to its PDF here, so what is printed is fixed when the message is created.
 * Runs in the caller's transaction (see {@link OutboxService#enqueue}).
 */
@Component
class Enqueuer {

  private final MessageRepository messages;
  private final AttachmentRepository attachments;
  private final NotificationTemplates templates;
  private final PdfRenderer pdf;
  private final NotificationsProperties properties;
  private final Clock clock;

  Enqueuer(MessageRepository messages, AttachmentRepository attachments, NotificationTemplates templates,
      PdfRenderer pdf, NotificationsProperties properties, Clock clock) {
    this.messages = messages;
    this.attachments = attachments;
    this.templates = templates;
    this.pdf = pdf;
    this.properties = properties;
    this.clock = clock;
  }

  MessageId enqueue(MessageRequest r) {
    if (r.idempotencyKey() == null || r.idempotencyKey().isBlank() || r.idempotencyKey().length() > 300) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_IDEMPOTENCY_KEY_REQUIRED).onField("idempotencyKey");
    }
    Optional<UUID> existing = messages.idByKey(r.idempotencyKey());
    if (existing.isPresent()) {
      return new MessageId(existing.get());
    }
    String recipient = checkRecipientAndAttachments(r);
    TemplateView template = templates.get(r.templateKey());
    if (template.archived()) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_TEMPLATE_ARCHIVED, r.templateKey()).onField("templateKey");
    }
    Locale locale = Locales.normalize(r.language());
    TemplateTexts texts = template.texts().get(Locales.tag(locale));
    if (texts == null || !texts.supports(r.channel())) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_CHANNEL_NOT_IN_TEMPLATE, r.templateKey(), r.channel())
          .onField("channel");
    }
    RenderedTexts rendered = RenderedTexts.render(texts, r.channel(), values(template, r), locale.equals(I18nConfig.ZH_CN));
    Instant now = clock.instant();
    Instant due = r.notBefore() != null && r.notBefore().isAfter(now) ? r.notBefore() : now;
    UUID id = Ids.newId();
    MessageRow row = new MessageRow(id, r.idempotencyKey(), r.channel(), recipient, r.recipientName(),
        Locales.tag(locale), template.key(), template.version(), rendered.subject(), rendered.html(), rendered.text(),
        r.referenceType(), r.referenceId(), due, CurrentActor.get().username(), now);
    if (!messages.insert(row)) {
      // a concurrent enqueue with the same key won; its message is the one
      return new MessageId(messages.idByKey(r.idempotencyKey()).orElseThrow());
    }
    int index = 0;
    for (Attachment a : files(r, rendered, locale)) {
      attachments.add(id, index++, a);
    }
    return new MessageId(id);
  }

  private String checkRecipientAndAttachments(MessageRequest r) {
    if (r.channel() == null) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_INVALID_RECIPIENT, "null", r.recipient()).onField("channel");
    }
    String recipient = Addresses.normalize(r.channel(), r.recipient());
    if (recipient == null) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_INVALID_RECIPIENT, r.channel(),
          String.valueOf(r.recipient())).onField("recipient");
    }
    if (r.channel() == Channel.SMS && !r.attachments().isEmpty()) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_ATTACHMENTS_NOT_ALLOWED, r.channel()).onField("attachments");
    }
    long size = r.attachments().stream().mapToLong(a -> a.content().length).sum();
    if (size > properties.maxAttachmentBytes()) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_ATTACHMENTS_TOO_LARGE, size,
          properties.maxAttachmentBytes()).onField("attachments");
    }
    return recipient;
  }

  private static Map<String, Object> values(TemplateView template, MessageRequest r) {
    TemplateValues.Result values = TemplateValues.coerce(template.variables(), r.variables());
    if (!values.problems().isEmpty()) {
      throw OpenArException.invalid(values.problems().stream()
          .map(p -> new FieldViolation("variables." + p.args().get(0), p.code(), p.args())).toList());
    }
    return values.values();
  }

  /** A letter's own PDF comes first, then any enclosures (a statement), so the print batch keeps them together. */
  private List<Attachment> files(MessageRequest r, RenderedTexts rendered, Locale locale) {
    List<Attachment> files = new ArrayList<>();
    if (r.channel() == Channel.LETTER) {
      String name = (locale.equals(I18nConfig.ZH_CN) ? "信函-" : "letter-") + r.templateKey() + ".pdf";
      files.add(Attachment.pdf(name, pdf.render(PdfDocument.of(rendered.html(), locale))));
    }
    files.addAll(r.attachments());
    return files;
  }
}
