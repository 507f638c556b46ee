package org.openar.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * The outbox. {@link #enqueue} renders and stores a message before anything is sent; senders (a scheduled job when
 * {@code openar.jobs.enabled}, or {@link #sendPending()} called directly) deliver due messages with retries and
 * exponential backoff. Publishes {@link MessageSent} and {@link MessageFailed}.
 */
public interface Notifications {

  /**
   * Renders the template and stores the message, or returns the message already stored under the same idempotency key
   * (nothing is sent twice). Joins the caller's transaction, so a dunning run's messages commit with the run.
   */
  MessageId enqueue(MessageRequest request);

  /** @throws org.openar.shared.error.OpenArException NOTIFICATIONS_MESSAGE_NOT_FOUND */
  MessageView status(MessageId id);

  Optional<MessageView> findByKey(String idempotencyKey);

  Page<MessageView> search(MessageQuery query, PageQuery page);

  /** The message with its rendered bodies, attachment list and delivery log. */
  MessageDetail detail(MessageId id);

  Attachment attachment(MessageId id, int index);

  /**
   * One sending pass, synchronously: delivers due e-mail and SMS messages until none is due or the batch size is
   * reached. Safe to run on several nodes and threads at once.
   */
  SendReport sendPending();

  /** @throws org.openar.shared.error.OpenArException NOTIFICATIONS_NOT_CANCELLABLE unless the message is still queued */
  void cancel(MessageId id, String reason);

  /** Queues a FAILED or SUPPRESSED message again, due now, with a fresh attempt budget. */
  void retry(MessageId id);

  /** Adds (or updates the reason of) an address the sender must never contact on this channel. */
  Suppression suppress(Channel channel, String address, String reason);

  void unsuppress(Channel channel, String address);

  Optional<Suppression> suppression(Channel channel, String address);

  Page<Suppression> suppressions(Channel channel, String addressContains, PageQuery page);

  /** Collects every queued letter into one printable PDF; those letters count as sent from then on. */
  LetterBatchView batchLetters();

  List<LetterBatchView> letterBatches(int limit);

  byte[] letterBatchPdf(UUID batchId);
}
