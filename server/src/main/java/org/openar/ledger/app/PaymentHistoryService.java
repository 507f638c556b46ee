package org.openar.ledger.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomersError;
import org.openar.ledger.LedgerError;
import org.openar.ledger.persistence.PaymentHistoryRepository;
import org.openar.ledger.persistence.PaymentHistoryRepository.PaidInvoiceRow;
import org.openar.ledger.persistence.PaymentHistoryRepository.StatsRow;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a customer pays: its settled invoices with days to pay and days late, per month and in total, over a period of
 * settlement dates (default: the 24 months up to today). Limited to what the current actor may see.
 */
@Service
@Transactional(readOnly = true)
public class PaymentHistoryService {

  public static final int DEFAULT_MONTHS = 24;
  public static final int DEFAULT_LIMIT = 500;
  public static final int MAX_LIMIT = 2000;

  /** One paid invoice; {@code daysLate} is negative when it was paid before its due date. */
  public record PaidInvoice(UUID itemId, String documentNumber, Integer installmentNo, Money amount,
      LocalDate documentDate, LocalDate dueDate, LocalDate settledOn, long daysToPay, long daysLate) {}

  /** Averages in days with one decimal; {@code month} (yyyy-MM) is null for the whole period. */
  public record PaymentStats(String month, long invoices, long paidLate, BigDecimal averageDaysToPay,
      BigDecimal averageDaysLate, int maxDaysLate) {}

  /** {@code invoices} holds the most recently settled ones, at most {@code limit}; {@code truncated} says if more. */
  public record PaymentHistory(UUID customerId, LocalDate from, LocalDate to, PaymentStats total,
      List<PaymentStats> months, List<PaidInvoice> invoices, boolean truncated) {}

  private final PaymentHistoryRepository repository;
  private final CustomerDirectory directory;
  private final BusinessCalendar calendar;

  public PaymentHistoryService(PaymentHistoryRepository repository, CustomerDirectory directory,
      BusinessCalendar calendar) {
    this.repository = repository;
    this.directory = directory;
    this.calendar = calendar;
  }

  public PaymentHistory of(CustomerId customer, LocalDate from, LocalDate to, Integer limit) {
    if (directory.companyOf(customer).isEmpty() || !directory.canSee(CurrentActor.get(), customer)) {
      throw new OpenArException(CustomersError.CUSTOMERS_CUSTOMER_NOT_FOUND, customer);
    }
    LocalDate end = to == null ? calendar.today() : to;
    LocalDate start = from == null ? end.minusMonths(DEFAULT_MONTHS).plusDays(1) : from;
    if (start.isAfter(end)) {
      throw new OpenArException(LedgerError.LEDGER_INVALID_RANGE, "from", "to").onField("from");
    }
    int max = limit == null ? DEFAULT_LIMIT : limit;
    if (max < 1 || max > MAX_LIMIT) {
      throw new OpenArException(SharedError.INVALID_VALUE, "limit", max).onField("limit");
    }
    StatsRow total = repository.total(customer, start, end);
    List<PaidInvoice> invoices = repository.invoices(customer, start, end, max).stream()
        .map(PaymentHistoryService::paid).toList();
    List<PaymentStats> months = repository.months(customer, start, end).stream()
        .map(PaymentHistoryService::stats).toList();
    return new PaymentHistory(customer.value(), start, end, stats(total), months, invoices,
        total.invoices() > invoices.size());
  }

  private static PaidInvoice paid(PaidInvoiceRow r) {
    return new PaidInvoice(r.itemId(), r.documentNumber(), r.installmentNo(),
        Money.ofMinor(r.amountMinor(), CurrencyCode.of(r.currency())), r.documentDate(), r.dueDate(), r.settledOn(),
        ChronoUnit.DAYS.between(r.documentDate(), r.settledOn()), ChronoUnit.DAYS.between(r.dueDate(), r.settledOn()));
  }

  private static PaymentStats stats(StatsRow r) {
    return new PaymentStats(r.month(), r.invoices(), r.paidLate(), r.averageDaysToPay(), r.averageDaysLate(),
        r.maxDaysLate());
  }
}
