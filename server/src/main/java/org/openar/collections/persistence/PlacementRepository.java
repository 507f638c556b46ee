package org.openar.collections.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.collections.AgencyId;
import org.openar.collections.AgencyView;
import org.openar.collections.PlacementId;
import org.openar.collections.PlacementKind;
import org.openar.collections.PlacementStatus;
import org.openar.collections.PlacementView;
import org.openar.collections.PlacementView.PlacedItem;
import org.openar.collections.PlacementView.Recovery;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.db.Sql;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies, placements, their items and the recoveries learnt from the ledger. */
@Repository
public class PlacementRepository {

  private final JdbcClient jdbc;

  public PlacementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<AgencyView> agencies(boolean includeInactive) {
    return jdbc.sql("select * from collections_agency where :all or active order by name")
        .param("all", includeInactive).query(PlacementRepository::agency).list();
  }

  public Optional<AgencyView> agency(AgencyId id) {
    return jdbc.sql("select * from collections_agency where id = :id").param("id", id.value())
        .query(PlacementRepository::agency).optional();
  }

  public void saveAgency(AgencyView a, String by, Instant now) {
    jdbc.sql("""
            insert into collections_agency (id, name, kind, commission_percent, email, phone, active, created_by,
                created_at)
            values (:id, :name, :kind, :commission, :email, :phone, :active, :by, :now)
            on conflict (id) do update set name = excluded.name, kind = excluded.kind,
                commission_percent = excluded.commission_percent, email = excluded.email, phone = excluded.phone,
                active = excluded.active""")
        .param("id", a.id().value()).param("name", a.name()).param("kind", a.kind().name())
        .param("commission", a.commissionPercent()).param("email", a.email()).param("phone", a.phone())
        .param("active", a.active()).param("by", by).param("now", Sql.utc(now))
        .update();
  }

  public void insert(PlacementView p, CompanyId company) {
    jdbc.sql("""
            insert into collections_placement (id, customer_id, company_id, agency_id, kind, placed_on,
                commission_percent, status, note, placed_by, created_at)
            values (:id, :customer, :company, :agency, :kind, :on, :commission, 'ACTIVE', :note, :by, :at)""")
        .param("id", p.id().value()).param("customer", p.customerId().value()).param("company", company.value())
        .param("agency", p.agencyId().value()).param("kind", p.kind().name()).param("on", p.placedOn())
        .param("commission", p.commissionPercent()).param("note", p.note()).param("by", p.placedBy())
        .param("at", Sql.utc(p.createdAt()))
        .update();
    for (PlacedItem i : p.items()) {
      jdbc.sql("""
              insert into collections_placement_item (placement_id, item_id, document_number, amount_minor, currency,
                  active)
              values (:placement, :item, :doc, :amount, :currency, true)""")
          .param("placement", p.id().value()).param("item", i.itemId().value()).param("doc", i.documentNumber())
          .param("amount", i.amount().minor()).param("currency", i.amount().currency().code()).update();
    }
  }

  public boolean close(PlacementId id, PlacementStatus status, LocalDate on, String reason) {
    int n = jdbc.sql("""
            update collections_placement set status = :status, closed_on = :on, close_reason = :reason
            where id = :id and status = 'ACTIVE'""")
        .param("id", id.value()).param("status", status.name()).param("on", on).param("reason", reason).update();
    jdbc.sql("update collections_placement_item set active = false where placement_id = :id")
        .param("id", id.value()).update();
    return n == 1;
  }

  public Set<ItemId> activeAmong(Collection<ItemId> items) {
    Set<ItemId> out = new HashSet<>();
    jdbc.sql("select item_id from collections_placement_item where active and item_id = any(:ids)")
        .param("ids", Sql.ids(items, ItemId::value))
        .query(rs -> {
          out.add(new ItemId(Sql.uuid(rs, "item_id")));
        });
    return out;
  }

  /** Placed items of these customers (active placements). */
  public Set<ItemId> placedItems(Collection<CustomerId> customers) {
    Set<ItemId> out = new HashSet<>();
    jdbc.sql("""
            select i.item_id from collections_placement_item i join collections_placement p on p.id = i.placement_id
             where i.active and p.customer_id = any(:ids)""")
        .param("ids", Sql.ids(customers, CustomerId::value))
        .query(rs -> {
          out.add(new ItemId(Sql.uuid(rs, "item_id")));
        });
    return out;
  }

  /** The active placement of an item with its commission, for recoveries. */
  public record ActivePlacement(PlacementId id, BigDecimal commissionPercent) {}

  public Optional<ActivePlacement> activeFor(ItemId item) {
    return jdbc.sql("""
            select p.id, p.commission_percent from collections_placement_item i
              join collections_placement p on p.id = i.placement_id
             where i.item_id = :item and i.active""")
        .param("item", item.value())
        .query((rs, n) -> new ActivePlacement(new PlacementId(Sql.uuid(rs, "id")), rs.getBigDecimal(2))).optional();
  }

  /** Whether any of these items is actively placed with an agency (one query for a bulk event). */
  public boolean anyActiveFor(java.util.Collection<ItemId> items) {
    return !items.isEmpty() && jdbc.sql("""
            select exists (select 1 from collections_placement_item where active and item_id = any(:items))""")
        .param("items", items.stream().map(ItemId::value).toArray(UUID[]::new)).query(Boolean.class).single();
  }

  /** Records a recovery once per allocation row; false when it was recorded already. */
  public boolean recover(PlacementId placement, ItemId item, UUID allocation, Money amount, Money commission,
      LocalDate on, Instant now) {
    return jdbc.sql("""
            insert into collections_recovery (id, placement_id, item_id, allocation_id, amount_minor, currency,
                commission_minor, received_on, created_at)
            values (:id, :placement, :item, :allocation, :amount, :currency, :commission, :on, :now)
            on conflict (allocation_id) do nothing""")
        .param("id", org.openar.shared.id.Ids.newId()).param("placement", placement.value())
        .param("item", item.value()).param("allocation", allocation).param("amount", amount.minor())
        .param("currency", amount.currency().code()).param("commission", commission.minor()).param("on", on)
        .param("now", Sql.utc(now)).update() == 1;
  }

  /** The recovery recorded for an allocation row (to reverse it when the allocation is undone). */
  public Optional<Recovery> recoveryOf(UUID allocation) {
    return jdbc.sql("select * from collections_recovery where allocation_id = :a").param("a", allocation)
        .query(PlacementRepository::recovery).optional();
  }

  public Optional<PlacementId> placementOfRecovery(UUID allocation) {
    return jdbc.sql("select placement_id from collections_recovery where allocation_id = :a").param("a", allocation)
        .query((rs, n) -> new PlacementId(Sql.uuid(rs, "placement_id"))).optional();
  }

  public Optional<PlacementView> find(PlacementId id) {
    return search("p.id = :id", Map.of("id", id.value()), PageQuery.of(0, 1)).stream().findFirst();
  }

  public List<PlacementView> search(String where, Map<String, Object> params, PageQuery page) {
    List<PlacementView> heads = jdbc.sql("select p.*, a.name as agency_name from collections_placement p"
            + " join collections_agency a on a.id = p.agency_id where " + where
            + " order by p.created_at desc, p.id limit :limit offset :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(PlacementRepository::head).list();
    return heads.stream().map(this::complete).toList();
  }

  public long count(String where, Map<String, Object> params) {
    return jdbc.sql("select count(*) from collections_placement p where " + where).params(params)
        .query(Long.class).single();
  }

  private PlacementView complete(PlacementView h) {
    List<PlacedItem> items = jdbc.sql("select * from collections_placement_item where placement_id = :id"
            + " order by document_number").param("id", h.id().value())
        .query((rs, n) -> new PlacedItem(new ItemId(Sql.uuid(rs, "item_id")), rs.getString("document_number"),
            Sql.money(rs, "amount_minor", "currency"))).list();
    List<Recovery> recoveries = jdbc.sql("select * from collections_recovery where placement_id = :id"
            + " order by received_on, created_at").param("id", h.id().value())
        .query(PlacementRepository::recovery).list();
    return new PlacementView(h.id(), h.customerId(), h.agencyId(), h.agencyName(), h.kind(), h.placedOn(),
        h.commissionPercent(), h.status(), h.note(), items, recoveries, sum(items.stream().map(PlacedItem::amount)),
        sum(recoveries.stream().map(Recovery::amount)), sum(recoveries.stream().map(Recovery::commission)),
        h.placedBy(), h.createdAt(), h.closedOn(), h.closeReason());
  }

  private static Money sum(java.util.stream.Stream<Money> amounts) {
    return amounts.reduce(Money::plus).orElse(null);
  }

  private static PlacementView head(ResultSet rs, int n) throws SQLException {
    return new PlacementView(new PlacementId(Sql.uuid(rs, "id")), new CustomerId(Sql.uuid(rs, "customer_id")),
        new AgencyId(Sql.uuid(rs, "agency_id")), rs.getString("agency_name"),
        PlacementKind.valueOf(rs.getString("kind")), Sql.date(rs, "placed_on"), rs.getBigDecimal("commission_percent"),
        PlacementStatus.valueOf(rs.getString("status")), rs.getString("note"), new ArrayList<>(), new ArrayList<>(),
        null, null, null, rs.getString("placed_by"), Sql.instant(rs, "created_at"), Sql.date(rs, "closed_on"),
        rs.getString("close_reason"));
  }

  private static Recovery recovery(ResultSet rs, int n) throws SQLException {
    return new Recovery(new ItemId(Sql.uuid(rs, "item_id")), Sql.money(rs, "amount_minor", "currency"),
        Sql.money(rs, "commission_minor", "currency"), Sql.date(rs, "received_on"));
  }

  private static AgencyView agency(ResultSet rs, int n) throws SQLException {
    return new AgencyView(new AgencyId(Sql.uuid(rs, "id")), rs.getString("name"),
        PlacementKind.valueOf(rs.getString("kind")), rs.getBigDecimal("commission_percent"), rs.getString("email"),
        rs.getString("phone"), rs.getBoolean("active"));
  }

  /** Whether any item of the placement is still active (for closing settled placements). */
  public Map<PlacementId, Integer> activeItemCounts(Collection<PlacementId> ids) {
    Map<PlacementId, Integer> out = new HashMap<>();
    jdbc.sql("select placement_id, count(*) filter (where active) as n from collections_placement_item"
            + " where placement_id = any(:ids) group by placement_id")
        .param("ids", Sql.ids(ids, PlacementId::value))
        .query(rs -> {
          out.put(new PlacementId(Sql.uuid(rs, "placement_id")), rs.getInt("n"));
        });
    return out;
  }

  /** Marks one placed item settled (no longer active) once it is fully paid. */
  public void settleItem(PlacementId placement, ItemId item) {
    jdbc.sql("update collections_placement_item set active = false where placement_id = :p and item_id = :i")
        .param("p", placement.value()).param("i", item.value()).update();
  }
}
