package org.openar.reporting;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerView;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AgingItem;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * A statement of account ready to show or render: who it is from and to, the period, and one section per currency.
 * {@code address} is the customer's billing address (else its registered one) as printable lines; {@code contact} the
 * primary contact (else the first billing or AP contact), either may be null.
 */
public record StatementDocument(CompanyView company, CustomerView customer, List<String> address,
    ContactView contact, LocalDate from, LocalDate to, LocalDate issuedOn, List<Section> sections) {

  public StatementDocument {
    address = List.copyOf(address);
    sections = List.copyOf(sections);
  }

  /** The ledger's statement section plus the aging on the period end and the items open then. */
  public record Section(AccountStatement.Section account, Aging aging, List<AgingItem> openItems) {

    public Section {
      openItems = List.copyOf(openItems);
    }

    public CurrencyCode currency() {
      return account.currency();
    }
  }

  /** Aging by due date with the default buckets; {@code labels} like {@code current}, {@code 1-30}, {@code >180}. */
  public record Aging(List<String> labels, List<Money> buckets, Money total) {

    public Aging {
      labels = List.copyOf(labels);
      buckets = List.copyOf(buckets);
    }
  }
}
