package org.openar.cashapp.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.audit.AuditTrail;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.PostingPlan;
import org.openar.cashapp.domain.Resolution;
import org.openar.cashapp.domain.SplitRules;
import org.openar.cashapp.domain.Suggestion;
import org.openar.cashapp.domain.Violations;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a clerk does with a line in the exception queue: accept a suggestion, split it across open items, put it on a
 * customer's account, or set it aside as not AR. Each is one transaction on the locked line; a posting teaches the
 * payer's name and account to the customer once it committed.
 */
@Service
@Transactional
public class QueueActions {

  static final int MAX_REASON = 500;

  private final LockedLines locked;
  private final LineRepository lines;
  private final LinePoster poster;
  private final AliasLearner learner;
  private final Customers customers;
  private final LedgerQueries ledger;
  private final CashappProperties properties;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;
  private final CustomerNames names;

  public QueueActions(LockedLines locked, LineRepository lines, LinePoster poster, AliasLearner learner,
      Customers customers, LedgerQueries ledger, CashappProperties properties, AuditTrail audit, JsonMapper json,
      Clock clock, CustomerNames names) {
    this.locked = locked;
    this.lines = lines;
    this.poster = poster;
    this.learner = learner;
    this.customers = customers;
    this.ledger = ledger;
    this.properties = properties;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.names = names;
  }

  /** Posts the line's suggestion of that rank (0 = the best) as it is. */
  public void accept(StatementLineId id, int rank, Long expectedVersion) {
    LineRow line = locked.lockQueued(id, expectedVersion);
    MatchRecord record = record(line);
    int count = record == null ? 0 : record.suggestions().size();
    if (rank < 0 || rank >= count) {
      throw new OpenArException(CashappError.CASHAPP_NO_SUCH_SUGGESTION, rank, count).onField("suggestion");
    }
    Suggestion s = record.suggestions().get(rank);
    if (s.blocker() != null) {
      throw new OpenArException(CashappError.CASHAPP_SUGGESTION_NOT_POSTABLE, line.lineRef(), s.blocker());
    }
    post(line, SuggestionMapper.plan(s, line.amount()));
  }

  /** Applies the line to the given items; what is left goes on {@code payer}'s account (default: the first item's). */
  public void split(StatementLineId id, List<SplitRules.Requested> requested, CustomerId payer, Long expectedVersion) {
    LineRow line = locked.lockQueued(id, expectedVersion);
    Violations v = new Violations();
    if (requested == null || requested.isEmpty()) {
      v.add("allocations", SharedError.MISSING_FIELD, "allocations").throwIfAny();
    }
    Map<ItemId, ItemView> items = new HashMap<>();
    Map<ItemId, Money> offers = new HashMap<>();
    for (SplitRules.Requested r : requested) {
      ledger.find(r.itemId()).ifPresent(i -> {
        items.put(i.id(), i);
        offers.put(i.id(), ledger.discountAvailable(i.id(), line.valueDate()).discount());
      });
    }
    List<PostingPlan.Apply> applies = new ArrayList<>();
    v.addAll(SplitRules.check(new SplitRules.Line(line.companyId(), line.amount()), requested, items, offers,
        properties.matching().feeToleranceLimits(), applies));
    CustomerId receiver = payer != null ? payer : SplitRules.defaultPayer(applies);
    if (payer != null) {
      customerOfCompany(line, payer, "customerId", v);
    }
    v.throwIfAny();
    post(line, PostingPlan.of(receiver, line.amount(), applies));
  }

  /** The whole line on the customer's account, as an unapplied receipt. */
  public void onAccount(StatementLineId id, CustomerId customer, Long expectedVersion) {
    LineRow line = locked.lockQueued(id, expectedVersion);
    Violations v = new Violations();
    if (customer == null) {
      v.add("customerId", SharedError.MISSING_FIELD, "customerId");
    } else {
      customerOfCompany(line, customer, "customerId", v);
    }
    v.throwIfAny();
    post(line, PostingPlan.onAccount(customer, line.amount()));
  }

  /** Sets the line aside as not a customer receipt (a refund, an internal transfer), with the reason. */
  public void notAr(StatementLineId id, String reason, Long expectedVersion) {
    LineRow line = locked.lockQueued(id, expectedVersion);
    String why = reason(reason);
    lines.resolve(id, LineStatus.NON_AR, Resolution.MANUAL, null, null, why,
        clock.instant().truncatedTo(ChronoUnit.MICROS), CurrentActor.get().username());
    audit.record("cashapp.line", id.toString(), "not-ar", line.status(), why);
  }

  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new OpenArException(CashappError.CASHAPP_REASON_REQUIRED).onField("reason");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new OpenArException(CashappError.CASHAPP_TEXT_TOO_LONG, "reason", MAX_REASON).onField("reason");
    }
    return reason.strip();
  }

  private void post(LineRow line, PostingPlan plan) {
    poster.post(line, plan, Resolution.MANUAL, names.lookup());
    learner.learnAfterCommit(new AliasLearner.Lesson(line.companyId(), plan.payer(), line.payerName(),
        line.payerAccount()));
  }

  private void customerOfCompany(LineRow line, CustomerId id, String field, Violations v) {
    CustomerView c = customers.find(id).orElse(null);
    if (c == null || !c.companyId().equals(line.companyId())) {
      v.add(field, CashappError.CASHAPP_CUSTOMER_NOT_FOUND, id);
    }
  }

  private MatchRecord record(LineRow line) {
    return line.matchJson() == null ? null : json.readValue(line.matchJson(), MatchRecord.class);
  }
}
