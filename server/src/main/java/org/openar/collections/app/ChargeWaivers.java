package org.openar.collections.app;

import java.time.Clock;
import org.openar.audit.AuditTrail;
import org.openar.collections.ChargeId;
import org.openar.collections.ChargeStatus;
import org.openar.collections.ChargeView;
import org.openar.collections.ChargeWaived;
import org.openar.collections.persistence.ChargeRepository;
import org.openar.identity.ApprovalCancelled;
import org.openar.identity.ApprovalGranted;
import org.openar.identity.ApprovalRejected;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.Reverse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out fee waivers once a checker decided: approved, the charge's ledger item is reversed by counter-entry
 * (an allocated fee is unallocated first, so a payment on it goes back on account); rejected or withdrawn, the charge
 * is simply posted again.
 */
@Component
class ChargeWaivers {

  private static final Logger log = LoggerFactory.getLogger(ChargeWaivers.class);

  private final ChargeRepository charges;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  ChargeWaivers(ChargeRepository charges, Ledger ledger, AuditTrail audit, ApplicationEventPublisher events,
      JsonMapper json, Clock clock) {
    this.charges = charges;
    this.ledger = ledger;
    this.audit = audit;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ApprovalGranted e) {
    if (!ChargeService.WAIVER.equals(e.type())) {
      return;
    }
    ChargeId id = chargeOf(e.payload());
    ChargeView before = charges.find(id).orElse(null);
    if (before == null || before.status() != ChargeStatus.WAIVER_REQUESTED) {
      log.warn("fee waiver {} approved, but charge {} is not waiting for it ({})", e.approvalId(), id,
          before == null ? "missing" : before.status());
      return;
    }
    ledger.reverse(new Reverse(before.chargeItemId(), "Waived (approval " + e.approvalId() + "): "
        + before.waiverReason(), null));
    charges.setStatus(id, ChargeStatus.WAIVER_REQUESTED, ChargeStatus.WAIVED, null, null, clock.instant());
    ChargeView after = charges.find(id).orElseThrow();
    audit.record("collections.charge", id.toString(), "waived", before, after);
    events.publishEvent(new ChargeWaived(id, after.customerId(), after.chargeItemId(), after.amount(),
        e.approvalId().toString()));
  }

  @ApplicationModuleListener
  void on(ApprovalRejected e) {
    if (ChargeService.WAIVER.equals(e.type())) {
      release(chargeOf(e.payload()), "waiver-rejected");
    }
  }

  @ApplicationModuleListener
  void on(ApprovalCancelled e) {
    if (ChargeService.WAIVER.equals(e.type())) {
      release(chargeOf(e.payload()), "waiver-withdrawn");
    }
  }

  private void release(ChargeId id, String action) {
    ChargeView before = charges.find(id).orElse(null);
    if (before != null && charges.setStatus(id, ChargeStatus.WAIVER_REQUESTED, ChargeStatus.POSTED, null, null,
        null)) {
      audit.record("collections.charge", id.toString(), action, before, charges.find(id).orElseThrow());
    }
  }

  private ChargeId chargeOf(String payload) {
    JsonNode node = json.readTree(payload);
    return ChargeId.of(node.get("chargeId").asString());
  }
}
