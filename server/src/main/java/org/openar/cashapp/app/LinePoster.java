package org.openar.cashapp.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.PostingDetails;
import org.openar.cashapp.domain.PostingDetails.AppliedDone;
import org.openar.cashapp.domain.PostingDetails.ReceiptDone;
import org.openar.cashapp.domain.PostingPlan;
import org.openar.cashapp.domain.Resolution;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.PostingRepository;
import org.openar.cashapp.persistence.PostingRow;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.Ledger.AppliedLine;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one line's posting to the ledger inside the caller's transaction (the line is already locked): a PAYMENT
 * receipt per customer dated on the value date with the bank reference, its allocations (the ledger earns discounts
 * inside their window), the bank-fee write-offs, then the posting row and the line's new status. Anything the ledger
 * refuses, or a discount it would not earn as planned, throws, and the caller's transaction rolls back whole.
 */
@Component
public class LinePoster {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Ledger ledger;
  private final PostingRepository postings;
  private final LineRepository lines;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  public LinePoster(Ledger ledger, PostingRepository postings, LineRepository lines, AuditTrail audit,
      JsonMapper json, Clock clock) {
    this.ledger = ledger;
    this.postings = postings;
    this.lines = lines;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** Posts {@code plan} for the locked queued {@code line}; {@code names} gives customer names for the record. */
  @Transactional(propagation = Propagation.MANDATORY)
  public PostingRow post(LineRow line, PostingPlan plan, Resolution mode, java.util.function.Function<UUID, String> names) {
    List<ReceiptDone> done = new ArrayList<>();
    List<UUID> receipts = new ArrayList<>();
    List<UUID> writeOffs = new ArrayList<>();
    for (PostingPlan.Receipt r : plan.receipts()) {
      ReceiptDone d = receipt(line, r, names.apply(r.customer().value()), writeOffs);
      done.add(d);
      receipts.add(d.receiptId());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String by = CurrentActor.get().username();
    PostingRow posting = new PostingRow(Ids.newId(), line.id(), line.companyId(), plan.payer(),
        plan.onAccountOnly() ? "ON_ACCOUNT" : "MATCH", mode, receipts, writeOffs,
        json.writeValueAsString(new PostingDetails(done)), now, by, null, null, null);
    postings.insert(posting);
    LineStatus status = plan.onAccountOnly() ? LineStatus.ON_ACCOUNT : LineStatus.MATCHED;
    lines.resolve(line.id(), status, mode, plan.payer().value(), names.apply(plan.payer().value()), null, now, by);
    audit.record("cashapp.line", line.id().toString(), mode == Resolution.AUTO ? "auto-posted" : "posted",
        line.status(), new PostingDetails(done));
    return posting;
  }

  private ReceiptDone receipt(LineRow line, PostingPlan.Receipt r, String customerName, List<UUID> writeOffs) {
    LocalDate value = line.valueDate();
    String number = "CA-" + value.format(DAY) + "-" + postings.nextReceiptNumber();
    Ledger.PostItem item = new Ledger.PostItem(ItemType.PAYMENT, line.companyId(), r.customer(), number, null,
        r.amount(), value, null, value, null, reference(line), description(line), "cashapp-line:" + line.id());
    List<AllocationLine> allocations = r.applies().stream()
        .map(a -> new AllocationLine(a.itemId(), a.applied(), a.takeDiscount())).toList();
    Ledger.AllocationResult result = ledger.receive(item, null, allocations);
    List<AppliedDone> applied = new ArrayList<>();
    for (int i = 0; i < r.applies().size(); i++) {
      applied.add(applied(r.applies().get(i), result.lines().get(i), line, writeOffs));
    }
    return new ReceiptDone(result.credit().id().value(), number, r.customer().value(), customerName, r.amount(),
        r.onAccount(), applied);
  }

  private AppliedDone applied(PostingPlan.Apply a, AppliedLine done, LineRow line, List<UUID> writeOffs) {
    Money earned = done.discount() == null ? Money.zero(a.applied().currency()) : done.discount();
    Money expected = a.takeDiscount() ? a.discount() : Money.zero(a.applied().currency());
    if (earned.compareTo(expected) != 0) {
      throw new OpenArException(CashappError.CASHAPP_DISCOUNT_DIFFERS, a.documentNumber(), expected, earned);
    }
    Money open = done.debitOpenAfter();
    UUID writeOffId = null;
    if (a.writesOff()) {
      Ledger.WriteOffResult w = ledger.writeOff(new Ledger.WriteOff(a.itemId(), a.writeOff(), done.effectiveDate(),
          "Bank fee shortfall, statement line " + line.lineRef() + " (" + line.id() + ")"));
      writeOffId = w.writeOff().id().value();
      writeOffs.add(writeOffId);
      open = w.debit().openAmount();
    }
    return new AppliedDone(a.itemId().value(), a.documentNumber(), done.allocationId().value(), done.amount(),
        done.discount(), done.discountItemId() == null ? null : done.discountItemId().value(),
        a.writesOff() ? a.writeOff() : null, writeOffId, open);
  }

  private static String reference(LineRow l) {
    String ref = !l.bankReference().isBlank() ? l.bankReference() : !l.endToEndId().isBlank() ? l.endToEndId()
        : l.lineRef();
    return cut(ref, 200);
  }

  private static String description(LineRow l) {
    String text = (l.payerName() + (l.remittance().isBlank() ? "" : " / " + l.remittance())).strip();
    return text.isEmpty() ? null : cut(text, 500);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
