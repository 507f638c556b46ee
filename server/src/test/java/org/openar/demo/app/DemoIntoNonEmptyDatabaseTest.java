package org.openar.demo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.demo.DemoData;
import org.openar.shared.id.Ids;
import org.openar.shared.money.CurrencyCode;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A database that holds a real company never gets the demo mixed into it. */
@OpenArIntegrationTest
class DemoIntoNonEmptyDatabaseTest {

  @Autowired DemoData demo;
  @Autowired Customers customers;

  @Test
  void refusesToSeedNextToAnotherCompany() {
    customers.createCompany(new Customers.NewCompany("REAL" + Ids.newId().toString().substring(24), "真实公司",
        "Real Co", CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    assertThat(demo.skipReason()).contains(DemoData.Skip.DATABASE_NOT_EMPTY);
    assertThat(demo.seedIfAbsent()).isEmpty();
    assertThat(customers.companies()).noneMatch(c -> DemoData.COMPANY_CODE.equals(c.code()));
  }
}
