package org.openar.collections.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.audit.AuditTrail;
import org.openar.collections.AgencyId;
import org.openar.collections.AgencyView;
import org.openar.collections.CollectionsError;
import org.openar.collections.ItemsPlaced;
import org.openar.collections.PlacementId;
import org.openar.collections.PlacementKind;
import org.openar.collections.PlacementStatus;
import org.openar.collections.PlacementView;
import org.openar.collections.PlacementView.PlacedItem;
import org.openar.collections.Placements;
import org.openar.collections.domain.OpenItem;
import org.openar.collections.persistence.LedgerReader;
import org.openar.collections.persistence.PlacementRepository;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.disputes.Disputes;
import org.openar.ledger.ItemId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PlacementService implements Placements {

  private final PlacementRepository placements;
  private final LedgerReader ledger;
  private final Disputes disputes;
  private final CustomerAccess access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public PlacementService(PlacementRepository placements, LedgerReader ledger, Disputes disputes,
      CustomerAccess access, AuditTrail audit, ApplicationEventPublisher events, BusinessCalendar calendar,
      Clock clock) {
    this.placements = placements;
    this.ledger = ledger;
    this.disputes = disputes;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AgencyView> agencies(boolean includeInactive) {
    return placements.agencies(includeInactive);
  }

  @Override
  @Transactional
  public AgencyView saveAgency(AgencyId id, String name, PlacementKind kind, BigDecimal commissionPercent,
      String email, String phone, boolean active) {
    if (name == null || name.isBlank()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_STRATEGY_NAME_REQUIRED).onField("name");
    }
    if (commissionPercent == null || commissionPercent.signum() < 0 || commissionPercent.compareTo(BigDecimal.valueOf(100)) > 0
        || commissionPercent.scale() > 2) {
      throw new OpenArException(CollectionsError.COLLECTIONS_INVALID_PERCENT, commissionPercent)
          .onField("commissionPercent");
    }
    AgencyView before = id == null ? null : placements.agency(id)
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_AGENCY_NOT_FOUND, id));
    AgencyView after = new AgencyView(id == null ? new AgencyId(Ids.newId()) : id, name.strip(),
        kind == null ? PlacementKind.AGENCY : kind, commissionPercent, email, phone, active);
    placements.saveAgency(after, CurrentActor.get().username(), clock.instant());
    audit.record("collections.agency", after.id().toString(), before == null ? "created" : "updated", before, after);
    return after;
  }

  @Override
  @Transactional
  public PlacementView place(CustomerId customer, AgencyId agencyId, List<ItemId> items, LocalDate placedOn,
      BigDecimal commissionPercent, String note) {
    CustomerView c = access.require(customer);
    AgencyView agency = placements.agency(agencyId)
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_AGENCY_NOT_FOUND, agencyId)
            .onField("agencyId"));
    if (!agency.active()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_AGENCY_INACTIVE, agency.name()).onField("agencyId");
    }
    if (commissionPercent != null && (commissionPercent.signum() < 0
        || commissionPercent.compareTo(BigDecimal.valueOf(100)) > 0 || commissionPercent.scale() > 2)) {
      throw new OpenArException(CollectionsError.COLLECTIONS_INVALID_PERCENT, commissionPercent)
          .onField("commissionPercent");
    }
    LocalDate on = placedOn == null ? calendar.today() : placedOn;
    List<PlacedItem> placed = selectItems(c, items, on);
    PlacementView view = new PlacementView(new PlacementId(Ids.newId()), customer, agencyId, agency.name(),
        agency.kind(), on, commissionPercent == null ? agency.commissionPercent() : commissionPercent,
        PlacementStatus.ACTIVE, note, placed, List.of(), null, null, null, CurrentActor.get().username(),
        clock.instant(), null, null);
    placements.insert(view, c.companyId());
    PlacementView stored = placements.find(view.id()).orElseThrow();
    audit.record("collections.placement", view.id().toString(), "placed", null, stored);
    events.publishEvent(new ItemsPlaced(view.id(), customer, agencyId, agency.kind(),
        placed.stream().map(PlacedItem::itemId).toList()));
    return stored;
  }

  /** The items to place: the requested ones (each an open debit of the customer) or every overdue one. */
  private List<PlacedItem> selectItems(CustomerView c, List<ItemId> requested, LocalDate on) {
    Map<ItemId, OpenItem> open = new HashMap<>();
    ledger.openDebits(List.of(c.id()), on, on.plusYears(50), on.isBefore(calendar.today()))
        .getOrDefault(c.id(), List.of()).forEach(i -> open.put(i.id(), i));
    List<ItemId> wanted = requested == null || requested.isEmpty()
        ? overdueNotDisputed(open.values(), on) : requested;
    List<PlacedItem> out = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      OpenItem item = open.get(wanted.get(i));
      if (item == null) {
        throw new OpenArException(CollectionsError.COLLECTIONS_ITEM_NOT_OPEN_DEBIT, wanted.get(i))
            .onField("items[" + i + "]");
      }
      out.add(new PlacedItem(item.id(), item.documentNumber(), item.open()));
    }
    Set<ItemId> already = placements.activeAmong(wanted);
    if (!already.isEmpty()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_ITEM_PLACED, already.iterator().next()).onField("items");
    }
    if (out.isEmpty()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_NOTHING_TO_PLACE, c.code()).onField("items");
    }
    return out;
  }

  private List<ItemId> overdueNotDisputed(java.util.Collection<OpenItem> open, LocalDate on) {
    List<ItemId> overdue = open.stream().filter(i -> i.daysOverdue(on) > 0).map(OpenItem::id).toList();
    Set<ItemId> disputed = disputes.openAmong(overdue);
    return overdue.stream().filter(i -> !disputed.contains(i)).toList();
  }

  @Override
  @Transactional
  public PlacementView recall(PlacementId id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new OpenArException(CollectionsError.COLLECTIONS_REASON_REQUIRED).onField("reason");
    }
    PlacementView before = get(id);
    if (!placements.close(id, PlacementStatus.RECALLED, calendar.today(), reason.strip())) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PLACEMENT_NOT_ACTIVE, id);
    }
    PlacementView after = get(id);
    audit.record("collections.placement", id.toString(), "recalled", before, after);
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public PlacementView get(PlacementId id) {
    PlacementView p = placements.find(id)
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_PLACEMENT_NOT_FOUND, id));
    try {
      access.require(p.customerId());
    } catch (OpenArException hidden) {
      throw new OpenArException(CollectionsError.COLLECTIONS_PLACEMENT_NOT_FOUND, id);
    }
    return p;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<PlacementView> search(CustomerId customer, AgencyId agency, PlacementStatus status, PageQuery page) {
    List<CustomerId> visible = access.visibleOrAll();
    String where = """
        (cast(:customer as uuid) is null or p.customer_id = :customer)
        and (cast(:agency as uuid) is null or p.agency_id = :agency)
        and (cast(:status as text) is null or p.status = :status)
        and (not :restricted or p.customer_id = any(:visible))""";
    Map<String, Object> params = new HashMap<>();
    params.put("customer", customer == null ? null : customer.value());
    params.put("agency", agency == null ? null : agency.value());
    params.put("status", status == null ? null : status.name());
    params.put("restricted", visible != null);
    params.put("visible", visible == null ? new java.util.UUID[0]
        : visible.stream().map(CustomerId::value).toArray(java.util.UUID[]::new));
    return Page.of(placements.search(where, params, page), placements.count(where, params), page);
  }
}
