package org.openar.customers;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openar.customers.Customers.NewCompany;
import org.openar.customers.domain.UnifiedSocialCreditCode;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unique test data (the suite shares one database) and JSON calls against the customers API. */
public final class CustomerFixtures {

  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final MockMvc mvc;
  private final JsonMapper json;

  public CustomerFixtures(MockMvc mvc, JsonMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  /** A valid unified social credit code with a random organisation part and the computed check digit. */
  public static String uscc() {
    StringBuilder sb = new StringBuilder("91310115");
    for (int i = 0; i < 9; i++) {
      sb.append(USCC_CHARS.charAt(ThreadLocalRandom.current().nextInt(USCC_CHARS.length())));
    }
    return sb.append(UnifiedSocialCreditCode.checkDigit(sb.toString())).toString();
  }

  public static CompanyView company(Customers customers) {
    return customers.createCompany(new NewCompany(unique("CO"), "测试公司", "Test Co", CurrencyCode.CNY,
        BusinessCalendar.DEFAULT_ZONE));
  }

  public MvcResult call(MockHttpServletRequestBuilder request, String bearer, String body) throws Exception {
    request.header("Authorization", bearer);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request).andReturn();
  }

  public JsonNode read(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  /** Creates a customer through the API and returns its JSON; fails loudly unless the API answers 201. */
  public JsonNode createCustomer(String bearer, String body) throws Exception {
    MvcResult r = call(MockMvcRequestBuilders.post("/api/v1/customers"), bearer, body);
    if (r.getResponse().getStatus() != 201) {
      throw new AssertionError("expected 201 but got " + r.getResponse().getStatus() + ": "
          + r.getResponse().getContentAsString());
    }
    return read(r);
  }

  /** A minimal valid customer body in {@code company}. */
  public static String minimal(CompanyId company, String code, String extraFields) {
    return """
        {"companyId": "%s", "code": "%s", "nameZh": "客户%s", "nameEn": "Customer %s"%s}"""
        .formatted(company, code, code, code, extraFields == null || extraFields.isEmpty() ? "" : ", " + extraFields);
  }
}
