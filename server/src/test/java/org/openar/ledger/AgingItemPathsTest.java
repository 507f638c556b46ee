package org.openar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.ledger.SqlAgingMatchesDomainTest.RandomHistory;
import org.openar.ledger.persistence.AgingItemRepository;
import org.openar.ledger.persistence.AgingItemRepository.Path;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The aging drill-down's two ways to read open amounts on a date ({@link AgingItemRepository.Path}): the current path
 * (OPEN items and today's open amount, index-ordered) gives the same items, amounts, order and totals as the history
 * path (today's amounts plus the allocation rows effective later) whenever no allocation is effective after the date,
 * which is always so for today; for a date before the last movement the repository chooses the history path, and that
 * is what the drill-down answers. {@link SqlAgingMatchesDomainTest} checks the history path against the domain model.
 */
@OpenArIntegrationTest
class AgingItemPathsTest {

  private static final List<AgingBuckets> BUCKET_SETS = List.of(AgingBuckets.DEFAULT, AgingBuckets.parse("7,14,45"));
  private static final Set<String> FIELDS = Set.of("daysPast", "documentDate", "dueDate", "documentNumber",
      "openAmount");
  private static final List<String> SORTS = List.of("-daysPast", "daysPast", "dueDate", "-openAmount",
      "documentNumber", "documentDate");

  @Autowired Ledger ledger;
  @Autowired LedgerReports reports;
  @Autowired Customers customers;
  @Autowired AgingItemRepository repository;
  @Autowired BusinessCalendar calendar;
  @Autowired JdbcClient jdbc;

  @Test
  void theCurrentPathEqualsTheHistoryPathWhenNothingIsEffectiveLater() {
    LocalDate today = calendar.today();
    int compared = 0;
    int historyDates = 0;
    for (long seed = 21; seed <= 23; seed++) {
      LedgerFixture f = new LedgerFixture(customers);
      Random random = new Random(seed);
      new RandomHistory(ledger, new RandomItems(random, f, today), random).run(70);
      UUID[] acme = {f.acme.id().value()};
      TreeSet<LocalDate> effective = new TreeSet<>(jdbc.sql("""
          select a.effective_date from ledger_allocation a join ledger_item i on i.id = a.debit_item_id
           where i.company_id = ?""").param(f.companyId().value()).query(LocalDate.class).list());
      assertThat(effective).as("the history moved something").isNotEmpty();
      List<LocalDate> dates = new ArrayList<>(List.of(today, effective.last(), effective.last().minusDays(1),
          effective.first().minusDays(1), today.minusDays(random.nextInt(200))));
      assertThat(repository.pathFor(today)).as("movements are never in the future").isEqualTo(Path.CURRENT);
      for (LocalDate d : dates) {
        Path chosen = repository.pathFor(d);
        if (d.isBefore(effective.last())) {
          assertThat(chosen).as("%s: a movement of this history is effective later", d).isEqualTo(Path.HISTORY);
        }
        for (AgingBasis basis : AgingBasis.values()) {
          for (AgingBuckets buckets : BUCKET_SETS) {
            AgingQuery q = new AgingQuery(d, basis, buckets, f.companyId(), null, null);
            for (Integer bucket : bucketsOf(buckets)) {
              for (UUID[] only : Arrays.asList(null, acme)) {
                String what = "seed %d, %s, %s, %s, bucket %s, %s".formatted(seed, d, basis, buckets.code(), bucket,
                    only == null ? "all" : "acme");
                List<AgingItem> history = all(Path.HISTORY, q, only, bucket, "-daysPast");
                assertThat(answer(q, only, bucket)).as("the drill-down, " + what).isEqualTo(history);
                if (chosen == Path.CURRENT) {
                  compare(q, only, bucket, what);
                  compared++;
                }
              }
            }
          }
        }
        if (chosen == Path.HISTORY) {
          historyDates++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(historyDates).as("past dates that need the history").isPositive();
  }

  private void compare(AgingQuery q, UUID[] only, Integer bucket, String what) {
    for (String sort : SORTS) {
      List<AgingItem> current = all(Path.CURRENT, q, only, bucket, sort);
      assertThat(current).as("%s, sorted %s", what, sort).isEqualTo(all(Path.HISTORY, q, only, bucket, sort));
    }
    assertThat(repository.count(Path.CURRENT, q, only, bucket)).as(what)
        .isEqualTo(repository.count(Path.HISTORY, q, only, bucket));
    for (int p = 0; p < 3; p++) {
      PageQuery page = PageQuery.of(p, 3, null, FIELDS, "-daysPast");
      List<AgingItem> a = repository.page(Path.CURRENT, q, only, bucket, page);
      List<AgingItem> b = repository.page(Path.HISTORY, q, only, bucket, page);
      assertThat(a).as("%s, page %d", what, p).isEqualTo(b);
      assertThat(repository.total(Path.CURRENT, q, only, bucket, page, a.size()))
          .as("%s, total of page %d", what, p).isEqualTo(repository.total(Path.HISTORY, q, only, bucket, page,
              b.size()));
    }
  }

  /** What the drill-down answers for the customers {@code only} (null: all), every item on one page. */
  private List<AgingItem> answer(AgingQuery q, UUID[] only, Integer bucket) {
    AgingQuery scoped = only == null ? q
        : q.withCustomers(Set.of(new CustomerId(only[0])));
    return reports.agingItems(scoped, bucket, PageQuery.of(0, 500)).items();
  }

  private List<AgingItem> all(Path path, AgingQuery q, UUID[] only, Integer bucket, String sort) {
    return repository.page(path, q, only, bucket, PageQuery.of(0, 500, sort, FIELDS, "-daysPast"));
  }

  private static List<Integer> bucketsOf(AgingBuckets buckets) {
    List<Integer> all = new ArrayList<>();
    all.add(null);
    for (int k = 0; k < buckets.size(); k++) {
      all.add(k);
    }
    return all;
  }
}
