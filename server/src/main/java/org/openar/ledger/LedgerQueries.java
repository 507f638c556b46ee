package org.openar.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Reading the ledger. Every method sees what the current actor may see: a SALES_REP only its own customers' items
 * (others are "not found"); the system actor (jobs, CLI) everything. Dates "as of" reconstruct the state on that day
 * from the allocation history, not from today's open amounts.
 */
public interface LedgerQueries {

  /** Sort fields {@link #search} accepts (prefix {@code -} for descending). */
  Set<String> SORT_FIELDS = Set.of("documentDate", "dueDate", "documentNumber", "originalAmount", "openAmount",
      "createdAt", "type", "status");

  Optional<ItemView> find(ItemId id);

  /** @throws org.openar.shared.error.OpenArException LEDGER_ITEM_NOT_FOUND */
  ItemView get(ItemId id);

  /** The items among {@code ids} that exist and the actor may see, in no particular order; for listeners and bulk. */
  List<ItemView> findAll(Collection<ItemId> ids);

  ItemDetail detail(ItemId id);

  /**
   * The items of one company and type carrying these document numbers (every installment), in one query; numbers
   * that are not used are simply absent. For imports, which check thousands of natural keys at once.
   */
  List<ItemView> findDocuments(CompanyId company, ItemType type, Collection<String> documentNumbers);

  Page<ItemView> search(ItemQuery query, PageQuery page);

  /**
   * Every open debit (INVOICE, FEE, INTEREST with an open amount) of a company, oldest due first, passed one at a time
   * to {@code each} inside one read-only transaction: what cash application's matching engine is built from. Limited
   * to what the current actor may see, like every read.
   */
  void openDebits(CompanyId company, java.util.function.Consumer<ItemView> each);

  /** Balances per currency; {@code asOf} null means now (today's state, overdue as of today). */
  List<CustomerBalance> balances(CustomerId customer, LocalDate asOf);

  DiscountQuote discountAvailable(ItemId id, LocalDate paymentDate);

  /** The item's open amount on {@code date} (zero before the item existed). */
  Money openAsOf(ItemId id, LocalDate date);

  /** A customer's aging as of {@code asOf}, reconstructed in Java from the item and allocation history. */
  AgingReport aging(CustomerId customer, LocalDate asOf, AgingBasis basis, AgingBuckets buckets);

  /**
   * Filters, all optional. {@code minDaysOverdue}: open debits whose due date is at least that many days before today.
   * {@code minAmount}/{@code maxAmount} bound the original amount and need {@code currency}. {@code documentNumber}
   * matches case-insensitively anywhere in the number.
   */
  record ItemQuery(
      CompanyId companyId,
      CustomerId customerId,
      Set<ItemType> types,
      Set<ItemStatus> statuses,
      CurrencyCode currency,
      LocalDate dueFrom,
      LocalDate dueTo,
      Integer minDaysOverdue,
      BigDecimal minAmount,
      BigDecimal maxAmount,
      String documentNumber) {

    public static ItemQuery all() {
      return new ItemQuery(null, null, Set.of(), Set.of(), null, null, null, null, null, null, null);
    }

    public static ItemQuery ofCustomer(CustomerId customer) {
      return new ItemQuery(null, customer, Set.of(), Set.of(), null, null, null, null, null, null, null);
    }
  }
}
