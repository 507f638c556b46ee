package org.openar.ledger.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemsBulkPosted;
import org.openar.ledger.Ledger.BulkResult;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.Ledger.Rejection;
import org.openar.ledger.LedgerError;
import org.openar.ledger.domain.ItemFacts;
import org.openar.ledger.domain.ItemRules;
import org.openar.ledger.persistence.BulkItemWriter;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk posting for imports: every row validated like a single post, duplicates within the call and against the ledger
 * rejected by row, the rest written with one COPY, one audit record and one event. Rows are independent: a rejected
 * row never keeps the others out.
 */
@Component
public class BulkPoster {

  private static final int ATTEMPTS = 3;

  private final CustomerDirectory directory;
  private final BulkItemWriter writer;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int maxItems;

  public BulkPoster(CustomerDirectory directory, BulkItemWriter writer, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock, LedgerProperties properties) {
    this.directory = directory;
    this.writer = writer;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.maxItems = properties.bulkMaxItems();
  }

  /** A bulk batch as the audit trail keeps it. */
  record BatchSummary(UUID batchId, int accepted, int rejected, Map<CurrencyCode, Long> totalMinorByCurrency) {}

  @Transactional(noRollbackFor = OpenArException.class) // refusals come before any write
  public BulkResult post(List<PostItem> items) {
    if (items.size() > maxItems) {
      throw new OpenArException(LedgerError.LEDGER_BULK_TOO_LARGE, items.size(), maxItems);
    }
    UUID batch = Ids.newId();
    Map<Integer, List<FieldViolation>> rejected = new TreeMap<>();
    Map<Integer, ItemFacts> accepted = validate(items, rejected);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String by = CurrentActor.get().username();
    for (int attempt = 1; ; attempt++) {
      if (accepted.isEmpty() || writer.copy(List.copyOf(accepted.values()), batch, now, by)) {
        break;
      }
      if (attempt == ATTEMPTS) {
        throw new OpenArException(LedgerError.LEDGER_ITEM_BUSY);
      }
      dropTaken(accepted, rejected);
    }
    Map<CurrencyCode, Long> totals = new TreeMap<>(java.util.Comparator.comparing(CurrencyCode::code));
    accepted.values().forEach(f -> totals.merge(f.currency(), f.originalMinor(), Long::sum));
    List<Rejection> rejections = new ArrayList<>();
    rejected.forEach((i, v) -> rejections.add(new Rejection(i, v)));
    if (!accepted.isEmpty()) {
      audit.record("ledger.batch", batch.toString(), "bulk-posted", null,
          new BatchSummary(batch, accepted.size(), rejections.size(), totals));
      events.publishEvent(new ItemsBulkPosted(batch, accepted.size(), totals));
    }
    return new BulkResult(accepted.isEmpty() ? null : batch, accepted.size(), rejections);
  }

  private Map<Integer, ItemFacts> validate(List<PostItem> items, Map<Integer, List<FieldViolation>> rejected) {
    Map<Integer, ItemFacts> accepted = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      PostItem p = items.get(i);
      List<FieldViolation> v = p == null ? List.of(FieldViolation.of("", org.openar.shared.error.SharedError
          .MISSING_FIELD, "item")) : ItemRules.violations(p);
      FieldViolation customer = v.isEmpty() ? directory.check(p.customerId(), p.companyId()) : null;
      if (customer != null) {
        v = List.of(customer);
      }
      if (!v.isEmpty()) {
        rejected.put(i, v);
        continue;
      }
      CompanyId company = directory.companyOf(p.customerId()).orElseThrow();
      ItemFacts f = ItemRules.facts(new ItemId(Ids.newId()), company, p);
      if (!seen.add(company + "|" + key(f))) {
        rejected.put(i, List.of(duplicate(f)));
        continue;
      }
      accepted.put(i, f);
    }
    return accepted;
  }

  private void dropTaken(Map<Integer, ItemFacts> accepted, Map<Integer, List<FieldViolation>> rejected) {
    Map<CompanyId, Set<String>> numbers = new HashMap<>();
    accepted.values().forEach(f -> numbers.computeIfAbsent(f.companyId(), c -> new HashSet<>())
        .add(f.documentNumber()));
    Map<CompanyId, Set<String>> taken = new HashMap<>();
    numbers.forEach((company, n) -> taken.put(company, writer.existingKeys(company, n)));
    accepted.entrySet().removeIf(e -> {
      boolean clash = taken.get(e.getValue().companyId()).contains(key(e.getValue()));
      if (clash) {
        rejected.put(e.getKey(), List.of(duplicate(e.getValue())));
      }
      return clash;
    });
  }

  private static String key(ItemFacts f) {
    return BulkItemWriter.key(f.type().name(), f.documentNumber(), f.installmentNo());
  }

  private static FieldViolation duplicate(ItemFacts f) {
    return FieldViolation.of("documentNumber", LedgerError.LEDGER_DUPLICATE_DOCUMENT, f.type(), f.documentNumber());
  }
}
