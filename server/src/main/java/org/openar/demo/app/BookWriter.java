package org.openar.demo.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.demo.app.DemoPlan.CustomerPlan;
import org.openar.demo.app.DemoPlan.InvoicePlan;
import org.openar.demo.app.DemoPlan.PaymentPlan;
import org.openar.disputes.DisputeOutcome;
import org.openar.disputes.DisputeReason;
import org.openar.disputes.DisputeView;
import org.openar.disputes.Disputes;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.Invoicing;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.shared.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the planned invoices, credit notes, receipts and disputes through the invoicing, ledger and disputes facades,
 * in date order (so document numbers follow the calendar). Invoices and receipts go through the bulk facade methods
 * ({@code Invoicing.issueAll}, {@code Ledger.receiveAll}) a thousand at a time: the same checks, numbers, audit records
 * and events as one call per document, but a few batched statements instead of some thirty round trips each.
 */
@Component
class BookWriter {

  private static final int CHUNK = 1000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Invoicing invoicing;
  private final Ledger ledger;
  private final Disputes disputes;
  private final TransactionTemplate tx;

  BookWriter(Invoicing invoicing, Ledger ledger, Disputes disputes, TransactionTemplate tx) {
    this.invoicing = invoicing;
    this.ledger = ledger;
    this.disputes = disputes;
    this.tx = tx;
  }

  /** An issued invoice as the writer tracks it: its ledger item and what is still open. */
  static final class Issued {
    final InvoicePlan plan;
    final InvoiceId id;
    final ItemId item;
    final String number;
    Money open;

    Issued(InvoicePlan plan, InvoiceView view) {
      this.plan = plan;
      this.id = view.id();
      this.item = view.installments().get(0).ledgerItemId();
      this.number = view.number();
      this.open = view.totals().gross();
    }
  }

  record Counts(int invoices, int creditNotes, int receipts, int partialReceipts, int discounts, int disputes) {}

  Counts write(CompanyId company, List<CustomerId> customers, List<CustomerPlan> customerPlans,
      List<InvoicePlan> plans, Consumer<String> progress) {
    List<Issued> issued = new ArrayList<>(plans.size());
    for (int from = 0; from < plans.size(); from += CHUNK) {
      List<InvoicePlan> chunk = plans.subList(from, Math.min(plans.size(), from + CHUNK));
      List<InvoiceDraft> drafts = chunk.stream().map(p -> draft(company, customers, customerPlans, p)).toList();
      tx.executeWithoutResult(s -> {
        List<InvoiceView> views = invoicing.issueAll(drafts);
        for (int i = 0; i < chunk.size(); i++) {
          issued.add(new Issued(chunk.get(i), views.get(i)));
        }
      });
      progress.accept("invoices " + issued.size() + "/" + plans.size());
    }
    int credits = creditNotes(issued);
    progress.accept("credit notes " + credits);
    int[] receipts = receipts(company, customers, customerPlans, issued, progress);
    int disputed = disputes(issued, customerPlans);
    progress.accept("disputes " + disputed);
    return new Counts(issued.size(), credits, receipts[0], receipts[1], receipts[2], disputed);
  }

  private static InvoiceDraft draft(CompanyId company, List<CustomerId> customers, List<CustomerPlan> customerPlans,
      InvoicePlan p) {
    CustomerPlan c = customerPlans.get(p.customer());
    return new InvoiceDraft(company, customers.get(p.customer()), c.currency(), p.date(), c.terms(), null, false,
        null, p.reference(), null, p.lines(), null);
  }

  /** Every planned credit note in one {@code issueCreditNotes} call, in credit date order (each invoice once). */
  private int creditNotes(List<Issued> issued) {
    List<Issued> credited = issued.stream().filter(i -> i.plan.credit() != null)
        .sorted((a, b) -> a.plan.credit().date().compareTo(b.plan.credit().date())).toList();
    List<CreditNoteRequest> requests = new ArrayList<>(credited.size());
    for (Issued i : credited) {
      var credit = i.plan.credit();
      if (credit.percent() == 100) {
        requests.add(new CreditNoteRequest(i.id, credit.date(), CreditMode.FULL, credit.reason(), null, null));
        i.open = i.open.minus(i.open);
      } else {
        Money amount = Money.ofMinor(i.open.minor() * credit.percent() / 100, i.open.currency());
        requests.add(new CreditNoteRequest(i.id, credit.date(), CreditMode.AMOUNT, credit.reason(), null, amount));
        i.open = i.open.minus(amount);
      }
    }
    tx.executeWithoutResult(s -> invoicing.issueCreditNotes(requests));
    return credited.size();
  }

  private record Due(Issued invoice, PaymentPlan payment) {}

  /** One receipt per customer and day: customers that pay late pay several invoices with one transfer. */
  private int[] receipts(CompanyId company, List<CustomerId> customers, List<CustomerPlan> customerPlans,
      List<Issued> issued, Consumer<String> progress) {
    TreeMap<LocalDate, Map<Integer, List<Due>>> byDay = new TreeMap<>();
    for (Issued i : issued) {
      for (PaymentPlan p : i.plan.payments()) {
        byDay.computeIfAbsent(p.date(), d -> new LinkedHashMap<>())
            .computeIfAbsent(i.plan.customer(), c -> new ArrayList<>()).add(new Due(i, p));
      }
    }
    List<Ledger.Receipt> work = new ArrayList<>();
    int[] counts = new int[3];
    Map<LocalDate, Integer> perDay = new HashMap<>();
    byDay.forEach((day, byCustomer) -> byCustomer.forEach((customer, dues) -> {
      int seq = perDay.merge(day, 1, Integer::sum);
      String number = "RC-" + day.format(DAY) + "-" + "%03d".formatted(seq);
      boolean zh = customerPlans.get(customer).nameZh() != null;
      Ledger.Receipt r = receipt(company, customers.get(customer), number, day, dues, zh, counts);
      if (r != null) {
        work.add(r);
      }
    }));
    for (int from = 0; from < work.size(); from += CHUNK) {
      List<Ledger.Receipt> chunk = work.subList(from, Math.min(work.size(), from + CHUNK));
      tx.executeWithoutResult(s -> ledger.receiveAll(chunk).forEach(r -> counts[2] += (int) r.lines().stream()
          .filter(l -> l.discount() != null).count()));
      progress.accept("receipts " + Math.min(work.size(), from + CHUNK) + "/" + work.size());
    }
    return new int[] {work.size(), counts[1], counts[2]};
  }

  /**
   * The receipt paying these dues, or null when nothing is left to pay. A due paid inside its discount window is a
   * line without amount (it settles the invoice less the discount it earns); the receipt's amount is then left to
   * the ledger, which makes it exactly what the lines take.
   */
  private static Ledger.Receipt receipt(CompanyId company, CustomerId customer, String number, LocalDate day,
      List<Due> dues, boolean zh, int[] counts) {
    List<AllocationLine> lines = new ArrayList<>();
    Money total = null;
    boolean anyDiscount = false;
    List<String> documents = new ArrayList<>();
    for (Due d : dues) {
      Money open = d.invoice().open;
      if (!open.isPositive()) {
        continue;
      }
      if (d.payment().percent() < 100) {
        long minor = open.minor() * d.payment().percent() / 100;
        Money amount = Money.ofMinor(minor - minor % 100, open.currency());
        counts[1]++;
        if (!amount.isPositive()) {
          continue;
        }
        lines.add(new AllocationLine(d.invoice().item, amount, false));
        d.invoice().open = open.minus(amount);
        total = total == null ? amount : total.plus(amount);
      } else if (d.payment().discount()) {
        lines.add(new AllocationLine(d.invoice().item, null, true));
        d.invoice().open = open.minus(open);
        anyDiscount = true;
      } else {
        lines.add(new AllocationLine(d.invoice().item, open, false));
        d.invoice().open = open.minus(open);
        total = total == null ? open : total.plus(open);
      }
      documents.add(d.invoice().number);
    }
    if (lines.isEmpty()) {
      return null;
    }
    String reference = String.join(" ", documents);
    if (reference.length() > 200) {
      reference = reference.substring(0, 199) + "…";
    }
    return new Ledger.Receipt(new Ledger.PostItem(ItemType.PAYMENT, company, customer, number, null,
        anyDiscount ? null : total, day, null, day, null, reference, zh ? "货款" : "Payment", null), day, lines);
  }

  private int disputes(List<Issued> issued, List<CustomerPlan> customerPlans) {
    List<Issued> disputed = issued.stream().filter(i -> i.plan.disputed()).toList();
    DisputeReason[] reasons = {DisputeReason.PRICE, DisputeReason.QUANTITY, DisputeReason.QUALITY,
        DisputeReason.NOT_DELIVERED, DisputeReason.TAX_INVOICE, DisputeReason.CONTRACT_TERMS};
    tx.executeWithoutResult(s -> {
      for (int k = 0; k < disputed.size(); k++) {
        Issued i = disputed.get(k);
        boolean zh = customerPlans.get(i.plan.customer()).nameZh() != null;
        DisputeReason reason = reasons[k % reasons.length];
        DisputeView view = disputes.open(i.item, reason, zh ? "客户来电对发票提出异议：" + reason.name().toLowerCase()
            : "Customer contests the invoice: " + reason.name().toLowerCase());
        if (k % 5 == 4) {
          disputes.resolve(view.id(), DisputeOutcome.REJECTED, zh ? "已核对合同，按原发票收款" : "Checked against the"
              + " contract; due as invoiced");
        }
      }
    });
    return disputed.size();
  }
}
