package org.openar.notifications.app;

import java.time.Clock;
import java.util.Optional;
import org.openar.audit.AuditTrail;
import org.openar.notifications.Channel;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.Suppression;
import org.openar.notifications.domain.Addresses;
import org.openar.notifications.persistence.SuppressionRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The suppression lists; the sender checks them before every delivery. */
@Service
class SuppressionService {

  private final SuppressionRepository repository;
  private final AuditTrail audit;
  private final Clock clock;

  SuppressionService(SuppressionRepository repository, AuditTrail audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Suppression suppress(Channel channel, String address, String reason) {
    String normalized = normalized(channel, address);
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
    Optional<Suppression> before = repository.find(channel, normalized);
    Suppression s = new Suppression(channel, normalized, why, CurrentActor.get().username(), clock.instant());
    repository.put(s);
    audit.record("notifications.suppression", channel + ":" + normalized, "suppressed", before.orElse(null), s);
    return s;
  }

  @Transactional
  void unsuppress(Channel channel, String address) {
    String normalized = normalized(channel, address);
    Suppression before = repository.find(channel, normalized).orElseThrow(() ->
        new OpenArException(NotificationsError.NOTIFICATIONS_SUPPRESSION_NOT_FOUND, channel, normalized));
    repository.delete(channel, normalized);
    audit.record("notifications.suppression", channel + ":" + normalized, "unsuppressed", before, null);
  }

  @Transactional(readOnly = true)
  Optional<Suppression> find(Channel channel, String address) {
    String normalized = Addresses.normalize(channel, address);
    return normalized == null ? Optional.empty() : repository.find(channel, normalized);
  }

  @Transactional(readOnly = true)
  Page<Suppression> search(Channel channel, String contains, PageQuery page) {
    String q = contains == null || contains.isBlank() ? null : contains.strip();
    return Page.of(repository.search(channel, q, page), repository.count(channel, q), page);
  }

  private static String normalized(Channel channel, String address) {
    String normalized = channel == null ? null : Addresses.normalize(channel, address);
    if (normalized == null) {
      throw new OpenArException(NotificationsError.NOTIFICATIONS_INVALID_RECIPIENT, channel, String.valueOf(address))
          .onField("address");
    }
    return normalized;
  }
}
