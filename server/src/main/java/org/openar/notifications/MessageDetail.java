package org.openar.notifications;

import java.time.Instant;
import java.util.List;

/** One message with what was sent (rendered bodies, attachment list) and every delivery attempt. */
public record MessageDetail(
    MessageView message,
    String bodyHtml,
    String bodyText,
    List<AttachmentInfo> attachments,
    List<DeliveryAttempt> attempts) {

  /** An attachment without its bytes; {@code index} addresses it for download. */
  public record AttachmentInfo(int index, String fileName, String contentType, long size, String sha256) {}

  /** One try to deliver, or a decision not to (suppressed, cancelled, retried by a user). */
  public record DeliveryAttempt(int number, Instant at, String outcome, String detail, long durationMillis) {}
}
