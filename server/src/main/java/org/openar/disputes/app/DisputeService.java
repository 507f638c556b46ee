package org.openar.disputes.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.disputes.DisputeId;
import org.openar.disputes.DisputeOpened;
import org.openar.disputes.DisputeOutcome;
import org.openar.disputes.DisputeReason;
import org.openar.disputes.DisputeResolved;
import org.openar.disputes.DisputeStatus;
import org.openar.disputes.DisputeView;
import org.openar.disputes.Disputes;
import org.openar.disputes.DisputesError;
import org.openar.disputes.persistence.DisputeRepository;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.Side;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DisputeService implements Disputes {

  static final int MAX_NOTE = 2000;

  private final DisputeRepository disputes;
  private final LedgerQueries ledger;
  private final Customers customers;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public DisputeService(DisputeRepository disputes, LedgerQueries ledger, Customers customers, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.disputes = disputes;
    this.ledger = ledger;
    this.customers = customers;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public DisputeView open(ItemId itemId, DisputeReason reason, String note) {
    String text = note(note, "note");
    ItemView item = ledger.find(itemId)
        .orElseThrow(() -> new OpenArException(DisputesError.DISPUTES_ITEM_NOT_FOUND, itemId).onField("itemId"));
    if (item.side() != Side.DEBIT) {
      throw new OpenArException(DisputesError.DISPUTES_NOT_A_DEBIT, item.documentNumber(), item.type()).onField("itemId");
    }
    if (item.status() == ItemStatus.REVERSED) {
      throw new OpenArException(DisputesError.DISPUTES_ITEM_REVERSED, item.documentNumber()).onField("itemId");
    }
    Instant now = clock.instant();
    DisputeView view = new DisputeView(new DisputeId(Ids.newId()), itemId, item.customerId(), item.companyId(),
        item.documentNumber(), item.openAmount(), reason, text, DisputeStatus.OPEN, CurrentActor.get().username(), now,
        null, null, null, null);
    if (!disputes.insert(view)) {
      throw new OpenArException(DisputesError.DISPUTES_ALREADY_OPEN, item.documentNumber()).onField("itemId");
    }
    audit.record("disputes.dispute", view.id().toString(), "opened", null, view);
    events.publishEvent(new DisputeOpened(view.id(), itemId, item.customerId(), reason, now));
    return view;
  }

  @Override
  @Transactional
  public DisputeView resolve(DisputeId id, DisputeOutcome outcome, String note) {
    String text = note(note, "note");
    DisputeView before = get(id);
    Instant now = clock.instant();
    if (!disputes.resolve(id, outcome, text, CurrentActor.get().username(), now)) {
      throw new OpenArException(DisputesError.DISPUTES_NOT_OPEN, id);
    }
    DisputeView after = get(id);
    audit.record("disputes.dispute", id.toString(), "resolved", before, after);
    events.publishEvent(new DisputeResolved(id, after.itemId(), after.customerId(), outcome, now));
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public DisputeView get(DisputeId id) {
    Actor actor = CurrentActor.get();
    return disputes.find(id).filter(d -> visible(actor, d.customerId()))
        .orElseThrow(() -> new OpenArException(DisputesError.DISPUTES_NOT_FOUND, id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DisputeView> openFor(ItemId item) {
    Actor actor = CurrentActor.get();
    return disputes.openFor(item).filter(d -> visible(actor, d.customerId()));
  }

  @Override
  @Transactional(readOnly = true)
  public Page<DisputeView> search(CustomerId customer, DisputeStatus status, PageQuery page) {
    Actor actor = CurrentActor.get();
    Set<CustomerId> visible = actor.restrictedToOwnCustomers() ? customers.ofSalesRep(actor.userId()) : null;
    return Page.of(disputes.search(customer, status, visible, page), disputes.count(customer, status, visible), page);
  }

  @Override
  @Transactional(readOnly = true)
  public Set<ItemId> openAmong(Collection<ItemId> items) {
    return items.isEmpty() ? Set.of() : disputes.openAmong(items);
  }

  @Override
  @Transactional(readOnly = true)
  public Set<ItemId> openForCustomers(Collection<CustomerId> ids) {
    return ids.isEmpty() ? Set.of() : disputes.openForCustomers(ids);
  }

  private boolean visible(Actor actor, CustomerId customer) {
    return !actor.restrictedToOwnCustomers() || customers.visibleTo(actor, customer);
  }

  private static String note(String note, String field) {
    if (note == null || note.isBlank()) {
      throw new OpenArException(DisputesError.DISPUTES_NOTE_REQUIRED).onField(field);
    }
    String text = note.strip();
    if (text.length() > MAX_NOTE) {
      throw new OpenArException(DisputesError.DISPUTES_NOTE_TOO_LONG, MAX_NOTE).onField(field);
    }
    return text;
  }
}
