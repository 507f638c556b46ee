package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerDetail;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Customers with contacts, a bank account and an address per row, through the customer master's own validation; the
 * clerk's rights apply (credit decisions are refused per row); a re-import leaves existing customers alone.
 */
@OpenArIntegrationTest
class CustomerImportTest {

  static final String FILE = """
      客户编码,客户名称,英文名称,统一社会信用代码,联系人,邮箱,电话,语言,银行账号,开户行,地址,城市,标签,付款条件
      K1,上海华信贸易有限公司,Huaxin Trading,914403001922038216,王芳,wang@huaxin.cn,13800138000,zh-CN,6222000011112222,工商银行,浦东新区世纪大道100号,上海,"key;east",NET45
      K2,,Atlas Foods Ltd,,John Smith,john@atlas,,,,,,,,
      K3,北京某某公司,,911100001234567891,,,,,,,,,,NET30
      K4,,,,,,,,,,,,,
      K1,重复,,,,,,,,,,,,
      """;

  @Autowired Imports imports;
  @Autowired Customers customers;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  ImportFixture f;

  @BeforeEach
  void setUp() {
    f = new ImportFixture(customers);
  }

  @Test
  void customersWithTheirChildrenAndEveryInvalidValueOnItsColumn() throws Exception {
    ImportResult r = imports.run(ImportFixture.csv(FILE), "customers.csv", f.request(ImportType.CUSTOMERS, Map.of()),
        null);
    assertThat(r.job().progress().accepted()).isEqualTo(1);
    assertThat(r.rejected()).extracting(x -> x.rowNumber() + ":" + x.problems().stream()
            .map(p -> p.column() + "=" + p.code()).toList())
        .containsExactly(
            "3:[邮箱=CUSTOMERS_INVALID_EMAIL]",
            "4:[统一社会信用代码=CUSTOMERS_INVALID_TAX_ID]",
            "5:[客户名称=INTEGRATION_VALUE_REQUIRED]",
            "6:[客户编码=INTEGRATION_DUPLICATE_ROW]");
    CustomerDetail k1 = customers.detail(customers.findByCode(f.company.id(), "K1").orElseThrow().id());
    assertThat(k1.customer().nameZh()).isEqualTo("上海华信贸易有限公司");
    assertThat(k1.customer().paymentTerms().code()).isEqualTo("NET45");
    assertThat(k1.customer().tags()).containsExactly("key", "east");
    assertThat(k1.contacts()).singleElement().satisfies(c -> {
      assertThat(c.email()).isEqualTo("wang@huaxin.cn");
      assertThat(c.language()).isEqualTo("zh-CN");
    });
    assertThat(k1.bankAccounts()).extracting(b -> b.accountNumber()).containsExactly("6222000011112222");
    assertThat(k1.addresses()).extracting(a -> a.city()).containsExactly("上海");

    ImportResult again = imports.run(ImportFixture.csv(FILE), "customers.csv",
        f.request(ImportType.CUSTOMERS, Map.of()), null);
    assertThat(again.job().progress().alreadyPresent()).isEqualTo(1);
    assertThat(again.job().progress().accepted()).isZero();
  }

  @Test
  void aClerkCannotSetCreditTermsThroughAnImport() throws Exception {
    String clerk = Api.bearer(users, "import-clerk-customers", Role.AR_CLERK);
    String file = "code,name en,tier,credit limit\nT1,Tiered Co,A,\nT2,Plain Co,,\nT3,Limit Co,,5000.00\n";
    String body = mvc.perform(multipart("/api/v1/imports/run").file(ImportApiTest.file("c.csv", file))
            .param("type", "CUSTOMERS").param("companyId", f.company.id().toString())
            .header("Authorization", clerk).header("Accept-Language", "en"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(JsonPath.<Integer>read(body, "$.job.progress.accepted")).isEqualTo(1);
    assertThat(JsonPath.<List<String>>read(body, "$.rejected[*].problems[0].code"))
        .containsExactly("CUSTOMERS_CREDIT_DECISION_REQUIRED", "CUSTOMERS_CREDIT_DECISION_REQUIRED");
    assertThat(JsonPath.<List<String>>read(body, "$.rejected[*].problems[0].column"))
        .containsExactly("tier", "credit limit");
    assertThat(JsonPath.<String>read(body, "$.job.createdBy")).isEqualTo("import-clerk-customers");
  }
}
