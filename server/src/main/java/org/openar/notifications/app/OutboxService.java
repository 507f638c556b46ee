package org.openar.notifications.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.notifications.Attachment;
import org.openar.notifications.Channel;
import org.openar.notifications.LetterBatchView;
import org.openar.notifications.MessageDetail;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageQuery;
import org.openar.notifications.MessageRequest;
import org.openar.notifications.MessageView;
import org.openar.notifications.Notifications;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.SendReport;
import org.openar.notifications.Suppression;
import org.openar.notifications.persistence.AttachmentRepository;
import org.openar.notifications.persistence.MessageRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OutboxService implements Notifications {

  private final Enqueuer enqueuer;
  private final MessageRepository messages;
  private final AttachmentRepository attachments;
  private final MessageSender sender;
  private final SuppressionService suppressions;
  private final LetterPrinter letters;
  private final AuditTrail audit;
  private final Clock clock;

  public OutboxService(Enqueuer enqueuer, MessageRepository messages, AttachmentRepository attachments,
      MessageSender sender, SuppressionService suppressions, LetterPrinter letters, AuditTrail audit, Clock clock) {
    this.enqueuer = enqueuer;
    this.messages = messages;
    this.attachments = attachments;
    this.sender = sender;
    this.suppressions = suppressions;
    this.letters = letters;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public MessageId enqueue(MessageRequest request) {
    return enqueuer.enqueue(request);
  }

  @Override
  @Transactional(readOnly = true)
  public MessageView status(MessageId id) {
    return messages.find(id.value())
        .orElseThrow(() -> new OpenArException(NotificationsError.NOTIFICATIONS_MESSAGE_NOT_FOUND, id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MessageView> findByKey(String idempotencyKey) {
    return messages.idByKey(idempotencyKey).flatMap(messages::find);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<MessageView> search(MessageQuery query, PageQuery page) {
    return Page.of(messages.search(query, page), messages.count(query), page);
  }

  @Override
  @Transactional(readOnly = true)
  public MessageDetail detail(MessageId id) {
    MessageView view = status(id);
    String[] bodies = messages.bodies(id.value()).orElseThrow();
    return new MessageDetail(view, bodies[0], bodies[1], attachments.infos(id.value()), messages.attempts(id.value()));
  }

  @Override
  @Transactional(readOnly = true)
  public Attachment attachment(MessageId id, int index) {
    status(id);
    return attachments.one(id.value(), index)
        .orElseThrow(() -> new OpenArException(NotificationsError.NOTIFICATIONS_ATTACHMENT_NOT_FOUND, id, index));
  }

  @Override
  public SendReport sendPending() {
    return sender.sendPending();
  }

  @Override
  @Transactional
  public void cancel(MessageId id, String reason) {
    MessageView before = status(id);
    Instant now = clock.instant();
    String why = "cancelled by " + CurrentActor.get().username() + (reason == null || reason.isBlank() ? "" : ": " + reason);
    if (!messages.cancel(id.value(), why, now)) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_NOT_CANCELLABLE, id, status(id).status());
    }
    messages.logAttempt(id.value(), now, "CANCELLED", why, 0);
    audit.record("notifications.message", id.toString(), "cancelled", before, status(id));
  }

  @Override
  @Transactional
  public void retry(MessageId id) {
    MessageView before = status(id);
    Instant now = clock.instant();
    if (!messages.requeue(id.value(), now)) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_NOT_RETRYABLE, id, before.status());
    }
    messages.logAttempt(id.value(), now, "REQUEUED", "queued again by " + CurrentActor.get().username(), 0);
    audit.record("notifications.message", id.toString(), "requeued", before, status(id));
  }

  @Override
  public Suppression suppress(Channel channel, String address, String reason) {
    return suppressions.suppress(channel, address, reason);
  }

  @Override
  public void unsuppress(Channel channel, String address) {
    suppressions.unsuppress(channel, address);
  }

  @Override
  public Optional<Suppression> suppression(Channel channel, String address) {
    return suppressions.find(channel, address);
  }

  @Override
  public Page<Suppression> suppressions(Channel channel, String addressContains, PageQuery page) {
    return suppressions.search(channel, addressContains, page);
  }

  @Override
  public LetterBatchView batchLetters() {
    return letters.batch();
  }

  @Override
  public List<LetterBatchView> letterBatches(int limit) {
    return letters.list(limit);
  }

  @Override
  public byte[] letterBatchPdf(UUID batchId) {
    return letters.pdf(batchId);
  }
}
