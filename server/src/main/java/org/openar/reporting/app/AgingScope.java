package org.openar.reporting.app;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.AgingQuery;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.ReportingError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;

/** From a report request (and a group of it) to the ledger query: the date resolved and checked, the group applied. */
@Component
public class AgingScope {

  private final BusinessCalendar calendar;
  private final AgingRows rows;

  public AgingScope(BusinessCalendar calendar, AgingRows rows) {
    this.calendar = calendar;
    this.rows = rows;
  }

  /** The request with its date resolved (today when absent) and checked. */
  public AgingRequest resolve(AgingRequest r) {
    LocalDate today = calendar.today();
    return r.on(ReportDates.notFuture(r.asOf() == null ? today : r.asOf(), today, "asOf"));
  }

  public AgingQuery query(AgingRequest r) {
    return new AgingQuery(r.asOf(), r.basis(), r.buckets(), r.companyId(), null, r.currency());
  }

  /** The query narrowed to one group of the report; {@code key} null or blank: no narrowing. */
  public AgingQuery group(AgingRequest r, String key) {
    AgingQuery q = query(r);
    if (key == null || key.isBlank()) {
      return q;
    }
    String k = key.trim();
    return switch (r.groupBy()) {
      case CUSTOMER -> q.withCustomers(Set.of(new CustomerId(uuid(r, k))));
      case SALES_REP -> q.withCustomers(rows.customersOfSalesRep(
          AgingRows.NO_SALES_REP.equals(k) ? k : uuid(r, k).toString(), q));
      case COMPANY -> {
        CompanyId company = new CompanyId(uuid(r, k));
        yield q.companyId() != null && !q.companyId().equals(company) ? q.withCustomers(Set.of())
            : q.withCompany(company);
      }
      case CURRENCY -> {
        CurrencyCode ccy = currency(r, k);
        yield q.currency() != null && !q.currency().equals(ccy) ? q.withCustomers(Set.of()) : q.withCurrency(ccy);
      }
    };
  }

  public static void checkBucket(AgingRequest r, Integer bucket) {
    if (bucket != null && (bucket < 0 || bucket >= r.buckets().size())) {
      throw new OpenArException(ReportingError.REPORTING_INVALID_BUCKET, bucket, r.buckets().size() - 1)
          .onField("bucket");
    }
  }

  private static UUID uuid(AgingRequest r, String key) {
    try {
      return UUID.fromString(key);
    } catch (IllegalArgumentException e) {
      throw invalidKey(r, key);
    }
  }

  private static CurrencyCode currency(AgingRequest r, String key) {
    try {
      return CurrencyCode.of(key.toUpperCase(java.util.Locale.ROOT));
    } catch (OpenArException | IllegalArgumentException e) {
      throw invalidKey(r, key);
    }
  }

  private static OpenArException invalidKey(AgingRequest r, String key) {
    return new OpenArException(ReportingError.REPORTING_INVALID_GROUP_KEY, r.groupBy().code(), key).onField("group");
  }
}
