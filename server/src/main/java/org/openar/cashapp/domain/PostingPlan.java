package org.openar.cashapp.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.shared.money.Money;

/**
 * What posting one statement line writes to the ledger. The ledger keeps a receipt to one customer's items, so a line
 * that pays items of several customers (a parent paying for its subsidiaries) becomes one receipt per customer; the
 * payer's receipt also carries what is left over, which stays on its account. Amounts always add up to the line.
 */
public record PostingPlan(CustomerId payer, Money lineAmount, List<Receipt> receipts) {

  public PostingPlan {
    receipts = List.copyOf(receipts);
  }

  /** One receipt: {@code amount} = the applied amounts plus, for the payer, the remainder on account. */
  public record Receipt(CustomerId customer, Money amount, List<Apply> applies) {
    public Receipt {
      applies = List.copyOf(applies);
    }

    public Money onAccount() {
      Money left = amount;
      for (Apply a : applies) {
        left = left.minus(a.applied());
      }
      return left;
    }
  }

  /**
   * Cash applied to one open debit. {@code takeDiscount}: the ledger may earn the early-payment discount that, with the
   * cash, settles the item ({@code discount} is what the plan expects it to earn); {@code writeOff} is written off
   * after the allocation as a bank-fee shortfall.
   */
  public record Apply(ItemId itemId, CustomerId customer, String documentNumber, Money applied, Money discount,
      Money writeOff) {

    public boolean takeDiscount() {
      return discount != null && discount.isPositive();
    }

    public boolean writesOff() {
      return writeOff != null && writeOff.isPositive();
    }
  }

  /**
   * Groups the applications by customer (in order of first appearance) and puts the remainder on the payer's receipt.
   *
   * @throws IllegalArgumentException when the applications exceed the line or are in another currency
   */
  public static PostingPlan of(CustomerId payer, Money lineAmount, List<Apply> applies) {
    Map<CustomerId, List<Apply>> byCustomer = new LinkedHashMap<>();
    Money applied = Money.zero(lineAmount.currency());
    for (Apply a : applies) {
      applied = applied.plus(a.applied()); // throws on another currency
      byCustomer.computeIfAbsent(a.customer(), c -> new ArrayList<>()).add(a);
    }
    Money rest = lineAmount.minus(applied);
    if (rest.isNegative()) {
      throw new IllegalArgumentException("applied " + applied + " exceeds the line amount " + lineAmount);
    }
    List<Receipt> receipts = new ArrayList<>();
    byCustomer.forEach((customer, list) -> {
      Money sum = list.stream().map(Apply::applied).reduce(Money.zero(lineAmount.currency()), Money::plus);
      receipts.add(new Receipt(customer, customer.equals(payer) ? sum.plus(rest) : sum, list));
    });
    if (rest.isPositive() && !byCustomer.containsKey(payer)) {
      receipts.add(new Receipt(payer, rest, List.of()));
    }
    return new PostingPlan(payer, lineAmount, receipts);
  }

  public static PostingPlan onAccount(CustomerId customer, Money lineAmount) {
    return of(customer, lineAmount, List.of());
  }

  public boolean onAccountOnly() {
    return receipts.stream().allMatch(r -> r.applies().isEmpty());
  }

  public List<Apply> applies() {
    return receipts.stream().flatMap(r -> r.applies().stream()).toList();
  }
}
