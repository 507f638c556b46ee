package org.openar.notifications.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.openar.notifications.Channel;
import org.openar.notifications.MessageFailed;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageSent;
import org.openar.notifications.MessageStatus;
import org.openar.notifications.SendReport;
import org.openar.notifications.Suppression;
import org.openar.notifications.domain.Addresses;
import org.openar.notifications.domain.RetryPolicy;
import org.openar.notifications.persistence.AttachmentRepository;
import org.openar.notifications.persistence.ClaimedMessage;
import org.openar.notifications.persistence.MessageRepository;
import org.openar.notifications.persistence.SuppressionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sending pass. Each message is claimed, delivered and marked in its own transaction, holding the row lock while the
 * SMTP server or SMS provider answers: the row says SENT only once the server accepted it, a crash before the commit
 * leaves it QUEUED (delivered at least once; the stable Message-ID lets mail systems spot the repeat), and no other
 * sender can take it meanwhile.
 */
@Component
public class MessageSender {

  enum Result { SENT, RETRYING, FAILED, SUPPRESSED }

  private record Outcome(Result result, Channel channel, boolean channelDown) {}

  private final MessageRepository messages;
  private final AttachmentRepository attachments;
  private final SuppressionRepository suppressions;
  private final SmtpMailer mailer;
  private final SmsProvider sms;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final NotificationsProperties properties;
  private final RetryPolicy retry;
  private final Clock clock;

  public MessageSender(MessageRepository messages, AttachmentRepository attachments, SuppressionRepository suppressions,
      SmtpMailer mailer, SmsProvider sms, ApplicationEventPublisher events, TransactionTemplate tx,
      NotificationsProperties properties, Clock clock) {
    this.messages = messages;
    this.attachments = attachments;
    this.suppressions = suppressions;
    this.mailer = mailer;
    this.sms = sms;
    this.events = events;
    this.tx = tx;
    this.properties = properties;
    this.retry = properties.retry().policy();
    this.clock = clock;
  }

  /**
   * One pass: up to {@code batch-size} messages, delivered by {@code senders} workers at once, each claiming the next
   * due message itself (SKIP LOCKED, as between nodes) over an SMTP connection of its own.
   */
  public SendReport sendPending() {
    AtomicIntegerArray counts = new AtomicIntegerArray(Result.values().length);
    Set<Channel> channels = ConcurrentHashMap.newKeySet();
    channels.addAll(EnumSet.of(Channel.EMAIL, Channel.SMS));
    AtomicInteger budget = new AtomicInteger(properties.batchSize());
    int workers = properties.senders();
    if (workers == 1) {
      work(channels, budget, counts);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
        Thread t = new Thread(r, "notifications-sender");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
          running.add(pool.submit(() -> work(channels, budget, counts)));
        }
        for (Future<?> f : running) {
          await(f);
        }
      } finally {
        pool.shutdown();
      }
    }
    return new SendReport(counts.get(0), counts.get(1), counts.get(2), counts.get(3));
  }

  private void work(Set<Channel> channels, AtomicInteger budget, AtomicIntegerArray counts) {
    try (SmtpMailer.Connection smtp = mailer.connection()) {
      while (!channels.isEmpty() && budget.getAndDecrement() > 0) {
        Set<Channel> open = channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
        Outcome o = open.isEmpty() ? null : tx.execute(s -> sendOne(open, smtp));
        if (o == null) {
          return;
        }
        counts.incrementAndGet(o.result().ordinal());
        if (o.channelDown()) {
          channels.remove(o.channel()); // one outage costs one attempt per worker and pass, not one per message
        }
      }
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private Outcome sendOne(Set<Channel> channels, SmtpMailer.Connection smtp) {
    Instant now = clock.instant();
    Optional<ClaimedMessage> claimed = messages.claimDue(now, channels);
    if (claimed.isEmpty()) {
      return null;
    }
    ClaimedMessage m = claimed.get();
    Optional<Suppression> suppressed = suppressions.find(m.channel(), Addresses.normalize(m.channel(), m.recipient()));
    if (suppressed.isPresent()) {
      String reason = "suppressed: " + suppressed.get().reason();
      messages.markFinal(m.id(), MessageStatus.SUPPRESSED, m.attempts(), reason, now);
      messages.logAttempt(m.id(), now, "SUPPRESSED", reason, 0);
      failed(m, MessageStatus.SUPPRESSED, reason, m.attempts(), now);
      return new Outcome(Result.SUPPRESSED, m.channel(), false);
    }
    long started = System.nanoTime();
    try {
      String answer = deliver(m, smtp, now);
      long ms = (System.nanoTime() - started) / 1_000_000;
      messages.markSent(m.id(), m.attempts() + 1, now);
      messages.logAttempt(m.id(), now, "SENT", answer, ms);
      events.publishEvent(new MessageSent(new MessageId(m.id()), m.idempotencyKey(), m.channel(), m.recipient(),
          m.templateKey(), m.templateVersion(), m.referenceType(), m.referenceId(), now));
      return new Outcome(Result.SENT, m.channel(), false);
    } catch (DeliveryException e) {
      return failedAttempt(m, e, now, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private Outcome failedAttempt(ClaimedMessage m, DeliveryException e, Instant now, long ms) {
    int attempts = m.attempts() + 1;
    String error = abbreviate(e.getMessage());
    if (e.permanent() || retry.exhausted(attempts)) {
      messages.markFinal(m.id(), MessageStatus.FAILED, attempts, error, now);
      messages.logAttempt(m.id(), now, "FAILED", error, ms);
      failed(m, MessageStatus.FAILED, error, attempts, now);
      return new Outcome(Result.FAILED, m.channel(), e.channelDown());
    }
    Instant next = retry.nextAttempt(now, attempts);
    messages.markRetry(m.id(), attempts, next, error, now);
    messages.logAttempt(m.id(), now, "RETRY", error + " (next attempt " + next + ")", ms);
    return new Outcome(Result.RETRYING, m.channel(), e.channelDown());
  }

  private String deliver(ClaimedMessage m, SmtpMailer.Connection smtp, Instant now) throws DeliveryException {
    if (m.channel() == Channel.SMS) {
      return sms.send(m.recipient(), m.bodyText());
    }
    try {
      return smtp.send(MimeMessages.build(mailer.session(), mailer.config(), m, attachments.all(m.id()), now));
    } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
      throw DeliveryException.permanent("message cannot be built: " + e.getMessage(), e);
    }
  }

  private void failed(ClaimedMessage m, MessageStatus status, String reason, int attempts, Instant now) {
    events.publishEvent(new MessageFailed(new MessageId(m.id()), m.idempotencyKey(), m.channel(), m.recipient(), status,
        reason, attempts, m.referenceType(), m.referenceId(), now));
  }

  private static String abbreviate(String s) {
    return s == null ? "unknown error" : s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
  }
}
