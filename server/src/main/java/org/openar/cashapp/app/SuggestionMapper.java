package org.openar.cashapp.app;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.domain.PostingPlan;
import org.openar.cashapp.domain.Suggestion;
import org.openar.cashapp.domain.Suggestion.Applied;
import org.openar.cashapp.domain.Suggestion.Explanation;
import org.openar.cashapp.matching.Allocation;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.Proposal;
import org.openar.cashapp.matching.Reason;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemView;
import org.openar.shared.money.Money;

/**
 * Turns the engine's answer into what the exception queue keeps: proposals with their invoices resolved to ledger
 * items and customer ids in the explanations replaced by names, so the record reads well after the book changed.
 */
final class SuggestionMapper {

  static final String FX_NOT_POSTABLE = "FX_NOT_POSTABLE";
  static final String ITEM_UNKNOWN = "ITEM_UNKNOWN";
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private SuggestionMapper() {}

  static MatchRecord record(LineMatch m, EngineBook book) {
    List<Proposal> ranked = new ArrayList<>();
    if (m.best() != null) {
      ranked.add(m.best());
    }
    m.alternatives().stream().filter(p -> p != m.best()).forEach(ranked::add);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Proposal p : ranked) {
      suggestions.add(suggestion(suggestions.size(), p, book));
    }
    return new MatchRecord(m.status().name(), m.confidence(), suggestions,
        m.notes().stream().map(r -> explain(r, book)).toList());
  }

  private static Suggestion suggestion(int rank, Proposal p, EngineBook book) {
    List<Applied> applied = new ArrayList<>();
    String blocker = null;
    for (Allocation a : p.allocations()) {
      ItemView item = book.item(a.invoiceNumber());
      if (item == null) {
        blocker = ITEM_UNKNOWN;
        continue;
      }
      if (!item.currency().equals(a.applied().currency())) {
        blocker = FX_NOT_POSTABLE;
      }
      UUID customer = item.customerId().value();
      applied.add(new Applied(item.id().value(), item.documentNumber(), customer, book.customerName(customer),
          a.applied(), a.discount(), a.writeOff(), a.itemOpen()));
    }
    UUID payer = UUID.fromString(p.customerId());
    return new Suggestion(rank, payer, book.customerName(payer), applied, p.onAccount(), p.confidence(),
        p.reasons().stream().map(r -> explain(r, book)).toList(), blocker);
  }

  static Explanation explain(Reason r, EngineBook book) {
    return new Explanation(r.messageKey(), r.args().stream().map(a -> readable(a, book)).toList(), r.weight());
  }

  /** Customer ids become names; an alternative's signature ({@code id:INV-1=1234;}) a list of its invoices. */
  static String readable(String arg, EngineBook book) {
    Matcher m = UUID_TEXT.matcher(arg);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = book.customerName(UUID.fromString(m.group()));
      m.appendReplacement(sb, Matcher.quoteReplacement(name == null ? m.group() : name));
    }
    m.appendTail(sb);
    String text = sb.toString();
    if (text.contains("=") && text.endsWith(";")) {
      text = text.replaceAll("=-?\\d+;", ", ").replaceFirst(":", ": ").replaceAll(", $", "");
    }
    return text;
  }

  /** What posting this suggestion writes; null when it cannot be posted as it stands. */
  static PostingPlan plan(Suggestion s, Money lineAmount) {
    if (s == null || s.blocker() != null) {
      return null;
    }
    List<PostingPlan.Apply> applies = s.allocations().stream()
        .map(a -> new PostingPlan.Apply(new ItemId(a.itemId()), new CustomerId(a.customerId()), a.documentNumber(),
            a.applied(), a.discount(), a.writeOff()))
        .toList();
    return PostingPlan.of(new CustomerId(s.customerId()), lineAmount, applies);
  }
}
