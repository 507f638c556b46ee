package org.openar.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A message to send, rendered from a template when it is enqueued.
 *
 * @param idempotencyKey deterministic key chosen by the caller, e.g. {@code dunning:<customer>:<step>:<runDate>:EMAIL};
 *     enqueueing the same key again returns the first message and sends nothing more
 * @param channel EMAIL, SMS or LETTER
 * @param recipient e-mail address, phone number (E.164 or a local mobile number) or, for a letter, the addressee
 * @param recipientName display name (e-mail "To" name, letter addressee), may be null
 * @param language zh-CN or en: picks the template texts and the formatting of amounts and dates
 * @param templateKey e.g. {@code dunning.reminder.1}; its current version is used and recorded on the message
 * @param variables values for the template's declared variables: String, Number, Boolean, {@code Money},
 *     {@code LocalDate}, {@code Map} for objects and {@code List<Map>} for lists
 * @param attachments files to attach (e-mail only; a letter's PDF is rendered from the template)
 * @param referenceType what the message is about, for searching (e.g. {@code customer}), may be null
 * @param referenceId the id of that, may be null
 * @param notBefore earliest sending time (quiet hours), or null for as soon as possible
 */
public record MessageRequest(
    String idempotencyKey,
    Channel channel,
    String recipient,
    String recipientName,
    Locale language,
    String templateKey,
    Map<String, Object> variables,
    List<Attachment> attachments,
    String referenceType,
    String referenceId,
    Instant notBefore) {

  public MessageRequest {
    variables = variables == null ? Map.of() : variables;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** The common case: send now, no attachments, no reference. */
  public static MessageRequest of(String idempotencyKey, Channel channel, String recipient, Locale language,
      String templateKey, Map<String, Object> variables) {
    return new MessageRequest(idempotencyKey, channel, recipient, null, language, templateKey, variables, List.of(),
        null, null, null);
  }

  public MessageRequest withAttachments(List<Attachment> files) {
    return new MessageRequest(idempotencyKey, channel, recipient, recipientName, language, templateKey, variables, files,
        referenceType, referenceId, notBefore);
  }

  public MessageRequest withReference(String type, String id) {
    return new MessageRequest(idempotencyKey, channel, recipient, recipientName, language, templateKey, variables,
        attachments, type, id, notBefore);
  }

  public MessageRequest withRecipientName(String name) {
    return new MessageRequest(idempotencyKey, channel, recipient, name, language, templateKey, variables, attachments,
        referenceType, referenceId, notBefore);
  }

  public MessageRequest notBefore(Instant earliest) {
    return new MessageRequest(idempotencyKey, channel, recipient, recipientName, language, templateKey, variables,
        attachments, referenceType, referenceId, earliest);
  }
}
