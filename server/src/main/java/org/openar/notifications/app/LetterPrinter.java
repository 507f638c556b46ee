package org.openar.notifications.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openar.audit.AuditTrail;
import org.openar.notifications.Attachment;
import org.openar.notifications.LetterBatchView;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageSent;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.persistence.AttachmentRepository;
import org.openar.notifications.persistence.LetterBatchRepository;
import org.openar.notifications.persistence.MessageRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.pdf.PdfRenderer;
import org.openar.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Letters are delivered by printing: queued letters (with their enclosures) become one PDF print batch. */
@Service
class LetterPrinter {

  private static final int MAX_LETTERS = 2000;

  private final LetterBatchRepository batches;
  private final MessageRepository messages;
  private final AttachmentRepository attachments;
  private final PdfRenderer pdf;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  LetterPrinter(LetterBatchRepository batches, MessageRepository messages, AttachmentRepository attachments,
      PdfRenderer pdf, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
    this.batches = batches;
    this.messages = messages;
    this.attachments = attachments;
    this.pdf = pdf;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  LetterBatchView batch() {
    Instant now = clock.instant();
    List<UUID> letters = batches.lockQueuedLetters(now, MAX_LETTERS);
    if (letters.isEmpty()) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_NO_LETTERS);
    }
    List<byte[]> parts = new ArrayList<>();
    for (UUID id : letters) {
      attachments.all(id).stream().filter(a -> a.contentType().equals("application/pdf")).map(Attachment::content)
          .forEach(parts::add);
    }
    byte[] merged = pdf.merge(parts);
    String sha = attachments.putBlob(merged);
    LetterBatchView view = new LetterBatchView(Ids.newId(), letters.size(), pages(merged), merged.length,
        CurrentActor.get().username(), now);
    batches.insert(view, sha);
    batches.markPrinted(letters, view.id(), now);
    for (UUID id : letters) {
      messages.logAttempt(id, now, "SENT", "printed in batch " + view.id(), 0);
      messages.find(id).ifPresent(m -> events.publishEvent(new MessageSent(new MessageId(id), m.idempotencyKey(),
          m.channel(), m.recipient(), m.templateKey(), m.templateVersion(), m.referenceType(), m.referenceId(), now)));
    }
    audit.record("notifications.letter-batch", view.id().toString(), "printed", null, view);
    return view;
  }

  @Transactional(readOnly = true)
  List<LetterBatchView> list(int limit) {
    return batches.list(Math.max(1, Math.min(limit, 500)));
  }

  @Transactional(readOnly = true)
  byte[] pdf(UUID batch) {
    String sha = batches.sha256(batch).orElseThrow(() ->
        new OpenArException(NotificationsError.NOTIFICATIONS_LETTER_BATCH_NOT_FOUND, batch));
    return attachments.blob(sha).orElseThrow();
  }

  private static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
