package org.openar.invoicing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.identity.Users;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.Role;
import org.openar.shared.terms.PaymentTerms;
import org.openar.test.Api;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A company with customers, unique per test, and helpers to call the invoicing API as a clerk. */
public final class InvoicingFixture {

  public final CompanyView company;
  public final CustomerView acme;
  public final CustomerView globex;
  public final String clerk;
  private final MockMvc mvc;

  public InvoicingFixture(Customers customers, Users users, MockMvc mvc) {
    this.mvc = mvc;
    String tag = UUID.randomUUID().toString().substring(0, 8);
    company = customers.createCompany(new Customers.NewCompany("I" + tag, "测试商贸有限公司 " + tag,
        "Test Trading Co " + tag, CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    acme = customer(customers, "ACME-" + tag, "上海艾克米贸易有限公司", PaymentTerms.parse("2/10,NET30"), null);
    globex = customer(customers, "GLOBEX-" + tag, null, PaymentTerms.parse("EOM60"), null);
    clerk = Api.bearer(users, "invoicing-clerk", Role.AR_CLERK);
  }

  public CustomerView customer(Customers customers, String code, String nameZh, PaymentTerms terms, UUID salesRep) {
    return customers.create(new Customers.NewCustomer(company.id(), code, nameZh, code + " Ltd", null, Tier.B, null,
        terms, salesRep, List.of()));
  }

  /** A draft body for {@code customer}: one line per {@code "qty x price @ rate"} triple. */
  public static String body(UUID customer, String invoiceDate, String... lines) {
    StringBuilder sb = new StringBuilder("{\"customerId\":\"" + customer + "\",\"invoiceDate\":\"" + invoiceDate
        + "\",\"reference\":\"PO-4711\",\"lines\":[");
    for (int i = 0; i < lines.length; i++) {
      String[] p = lines[i].split(" ");
      sb.append(i == 0 ? "" : ",").append("{\"description\":\"商品 ").append(i + 1).append("\",\"unit\":\"件\",")
          .append("\"quantity\":\"").append(p[0]).append("\",\"unitPrice\":\"").append(p[2])
          .append("\",\"taxRate\":\"").append(p[4]).append("\"}");
    }
    return sb.append("]}").toString();
  }

  public ResultActions create(String json) throws Exception {
    return mvc.perform(post("/api/v1/invoices").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  public String createId(String json) throws Exception {
    return JsonPath.read(create(json).andReturn().getResponse().getContentAsString(), "$.id");
  }

  public ResultActions issue(String id, String key) throws Exception {
    var request = post("/api/v1/invoices/" + id + "/issue").header("Authorization", clerk);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request);
  }

  /** Creates and issues; returns the issued invoice's JSON. */
  public String issued(String json) throws Exception {
    return issue(createId(json), null).andReturn().getResponse().getContentAsString();
  }

  public ResultActions update(String id, String json) throws Exception {
    return mvc.perform(put("/api/v1/invoices/" + id).header("Authorization", clerk)
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  public ResultActions credit(String json, String key) throws Exception {
    var request = post("/api/v1/credit-notes").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
        .content(json);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request);
  }

  public ResultActions detail(String id) throws Exception {
    return mvc.perform(get("/api/v1/invoices/" + id).header("Authorization", clerk));
  }

  public ResultActions list(String auth, String... params) throws Exception {
    var request = get("/api/v1/invoices").header("Authorization", auth).param("companyId", company.id().toString());
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }
}
