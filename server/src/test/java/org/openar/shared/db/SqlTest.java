package org.openar.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlTest {

  @Test
  void containsTrimsAndTakesWildcardsLiterally() {
    assertThat(Sql.contains("  INV-1 ")).isEqualTo("%INV-1%");
    assertThat(Sql.contains("50%_off\\x")).isEqualTo("%50\\%\\_off\\\\x%");
    assertThat(Sql.contains("上海 有限公司")).isEqualTo("%上海 有限公司%");
  }

  @Test
  void plainDropsTheColumnPadding() {
    assertThat(Sql.plain(new BigDecimal("2.5000"))).isEqualByComparingTo("2.5").hasToString("2.5");
    assertThat(Sql.plain(new BigDecimal("10.0000"))).hasToString("10");
    assertThat(Sql.plain(null)).isNull();
  }

  @Test
  void utcKeepsTheInstantAndNull() {
    Instant i = Instant.parse("2026-11-22T01:02:03Z");
    assertThat(Sql.utc(i).toInstant()).isEqualTo(i);
    assertThat(Sql.utc(i).getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(Sql.utc(null)).isNull();
  }

  record Id(UUID value) {}

  @Test
  void idsUnwrapTypedIds() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    assertThat(Sql.ids(List.of(new Id(a), new Id(b)), Id::value)).containsExactly(a, b);
  }
}
