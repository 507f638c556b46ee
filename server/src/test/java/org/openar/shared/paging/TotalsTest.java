package org.openar.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** List totals: exact when cheap or at the end, estimated (never below the next page) for large results. */
@OpenArIntegrationTest
class TotalsTest {

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void table() {
    jdbc.sql("create table totals_test (n int not null)").update();
    jdbc.sql("insert into totals_test select generate_series(1, 100000)").update();
    jdbc.sql("analyze totals_test").update();
  }

  @AfterEach
  void drop() {
    jdbc.sql("drop table totals_test").update();
  }

  private Totals.Total total(String where, int page, int rowsOnPage) {
    return Totals.of(jdbc, "totals_test where " + where, Map.of("k", 0), new PageQuery(page, 50, null, false),
        rowsOnPage);
  }

  @Test
  void aShortPageIsTheLastSoItsTotalIsExact() {
    assertThat(total("n <= 30", 0, 30)).isEqualTo(new Totals.Total(30, true));
    assertThat(total("n <= 1030", 20, 30)).isEqualTo(new Totals.Total(1030, true));
    assertThat(total("n < :k", 0, 0)).isEqualTo(new Totals.Total(0, true));
  }

  @Test
  void aModerateResultIsCountedExactly() {
    assertThat(total("n % 10 = 0", 0, 50)).isEqualTo(new Totals.Total(10_000, true));
    assertThat(total("n <= 5000", 3, 50)).isEqualTo(new Totals.Total(5_000, true));
  }

  @Test
  void aLargeResultIsEstimatedButNeverBelowTheNextPage() {
    Totals.Total all = total("n > :k", 0, 50);
    assertThat(all.exact()).isFalse();
    assertThat(all.value()).isBetween(90_000L, 110_000L);
    Totals.Total deep = total("n > :k", 1_990, 50);
    assertThat(deep.value()).isGreaterThan(1_990L * 50 + 50);
  }

  @Test
  void anEmptyPagePastAnOverestimatedEndGetsTheExactTotal() {
    assertThat(total("n > 99000", 100, 0)).isEqualTo(new Totals.Total(1_000, true));
  }
}
