package org.openar.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An invoice through its life on the REST API: draft, preview, edit, issue into the ledger, list, detail, PDF, CSV. */
@OpenArIntegrationTest
class InvoiceApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  InvoicingFixture f;

  @BeforeEach
  void setUp() {
    f = new InvoicingFixture(customers, users, mvc);
  }

  @Test
  void aDraftTakesTheCustomersDefaultsAndIsPricedPerLine() throws Exception {
    f.create(InvoicingFixture.body(f.acme.id().value(), "2026-03-10", "3 x 19.99 @ 13", "1 x 0.50 @ 6"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/invoices/")))
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.number").doesNotExist())
        .andExpect(jsonPath("$.currency").value("CNY"))
        .andExpect(jsonPath("$.paymentTerms").value("2/10,NET30"))
        .andExpect(jsonPath("$.dueDate").value("2026-04-09"))
        .andExpect(jsonPath("$.taxRounding").value("CN_VAT_HALF_UP"))
        .andExpect(jsonPath("$.customer.name").value("上海艾克米贸易有限公司"))
        .andExpect(jsonPath("$.lines[0].netAmount.amount").value("59.97"))
        .andExpect(jsonPath("$.lines[0].taxAmount.amount").value("7.80"))
        .andExpect(jsonPath("$.lines[1].taxAmount.amount").value("0.03"))
        .andExpect(jsonPath("$.totals.net.amount").value("60.47"))
        .andExpect(jsonPath("$.totals.tax.amount").value("7.83"))
        .andExpect(jsonPath("$.totals.gross.amount").value("68.30"))
        .andExpect(jsonPath("$.taxGroups.length()").value(2))
        .andExpect(jsonPath("$.installments[0].amount.amount").value("68.30"))
        .andExpect(jsonPath("$.openAmount").doesNotExist())
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void thePreviewComputesInstallmentsWithoutSavingAnything() throws Exception {
    String body = """
        {"customerId":"%s","invoiceDate":"2026-01-31","paymentTerms":"NET0","pricesIncludeTax":true,
         "lines":[{"description":"设备","quantity":"1","unitPrice":"1000.00","taxRate":"13"}],
         "schedule":{"mode":"PERCENT","parts":[{"percent":"30"},{"percent":"30"},{"percent":"40"}]}}"""
        .formatted(f.acme.id());
    mvc.perform(post("/api/v1/invoices/preview").header("Authorization", f.clerk)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totals.gross.amount").value("1000.00"))
        .andExpect(jsonPath("$.totals.tax.amount").value("115.04"))
        .andExpect(jsonPath("$.totals.net.amount").value("884.96"))
        .andExpect(jsonPath("$.installments[*].amount.amount").value(org.hamcrest.Matchers.contains("300.00",
            "300.00", "400.00")))
        .andExpect(jsonPath("$.installments[*].dueDate").value(org.hamcrest.Matchers.contains("2026-01-31",
            "2026-02-28", "2026-03-31")))
        .andExpect(jsonPath("$.dueDate").value("2026-03-31"));
    f.list(f.clerk).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void issuingNumbersTheInvoiceAndPostsOneLedgerDebitPerInstallment() throws Exception {
    String id = f.createId("""
        {"customerId":"%s","invoiceDate":"2026-02-01","paymentTerms":"NET30","reference":"PO-9",
         "lines":[{"description":"Consulting","quantity":"10","unitPrice":"100.00","taxRate":"6"}],
         "schedule":{"mode":"EQUAL","count":3}}""".formatted(f.acme.id()));
    String issued = f.issue(id, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ISSUED"))
        .andExpect(jsonPath("$.number").value("INV-2026-000001"))
        .andExpect(jsonPath("$.openAmount.amount").value("1060.00"))
        .andExpect(jsonPath("$.paymentStatus").value("OPEN"))
        .andExpect(jsonPath("$.stamps.issuedBy").value("invoicing-clerk"))
        .andReturn().getResponse().getContentAsString();
    List<String> items = JsonPath.read(issued, "$.installments[*].ledgerItemId");
    assertThat(items).hasSize(3);
    ItemView first = ledger.get(ItemId.of(items.get(0)));
    assertThat(first.type()).isEqualTo(ItemType.INVOICE);
    assertThat(first.documentNumber()).isEqualTo("INV-2026-000001");
    assertThat(first.installmentNo()).isEqualTo(1);
    assertThat(first.originalAmount()).isEqualTo(Money.of("353.34", "CNY"));
    assertThat(first.dueDate()).hasToString("2026-03-03");
    assertThat(first.externalRef()).isEqualTo(id);
    assertThat(first.reference()).isEqualTo("PO-9");
    assertThat(ledger.get(ItemId.of(items.get(2))).dueDate()).hasToString("2026-05-03");

    f.detail(id).andExpect(status().isOk())
        .andExpect(jsonPath("$.invoice.number").value("INV-2026-000001"))
        .andExpect(jsonPath("$.ledger.length()").value(3))
        .andExpect(jsonPath("$.ledger[1].status").value("OPEN"))
        .andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("draft-created", "issued")));
  }

  @Test
  void aDraftIsEditedWithItsVersionAndDiscarded() throws Exception {
    String id = f.createId(InvoicingFixture.body(f.acme.id().value(), "2026-03-10", "1 x 10.00 @ 13"));
    f.update(id, InvoicingFixture.body(f.acme.id().value(), "2026-03-11", "2 x 10.00 @ 13")
            .replace("{\"customerId\"", "{\"version\":0,\"customerId\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.invoiceDate").value("2026-03-11"))
        .andExpect(jsonPath("$.totals.gross.amount").value("22.60"));
    f.update(id, InvoicingFixture.body(f.acme.id().value(), "2026-03-12", "1 x 10.00 @ 13")
            .replace("{\"customerId\"", "{\"version\":0,\"customerId\""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("INVOICING_STALE_VERSION"));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/invoices/" + id)
            .param("version", "1").header("Authorization", f.clerk))
        .andExpect(status().isNoContent());
    f.detail(id).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("INVOICING_INVOICE_NOT_FOUND"));
  }

  @Test
  void thePdfIsInChineseOrEnglishWithTheCompanysLetterhead() throws Exception {
    String id = JsonPath.read(f.issued(InvoicingFixture.body(f.acme.id().value(), "2026-03-10",
        "3 x 19.99 @ 13")), "$.id");
    byte[] zh = mvc.perform(get("/api/v1/invoices/" + id + "/pdf").param("lang", "zh-CN")
            .header("Authorization", f.clerk))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("INV-2026-")))
        .andReturn().getResponse().getContentAsByteArray();
    String zhText = text(zh);
    assertThat(zhText).contains("销售发票", f.company.name(), "上海艾克米贸易有限公司", "价税合计", "67.77",
        "陆拾柒元柒角柒分", "第 1 页");
    byte[] en = mvc.perform(get("/api/v1/invoices/" + id + "/pdf").header("Accept-Language", "en")
            .header("Authorization", f.clerk))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(text(en)).contains("Invoice", f.company.nameEn(), "Total including tax (CNY)", "67.77", "Page 1 of")
        .doesNotContain("价税合计");
  }

  @Test
  void selectedInvoicesAreExportedAsCsvInTheUsersLanguage() throws Exception {
    String a = JsonPath.read(f.issued(InvoicingFixture.body(f.acme.id().value(), "2026-03-10", "1 x 10.00 @ 13")),
        "$.id");
    f.createId(InvoicingFixture.body(f.globex.id().value(), "2026-03-11", "1 x =cmd @ 0".replace("=cmd", "5.00")));
    byte[] csv = mvc.perform(get("/api/v1/invoices/export").param("ids", a).header("Accept-Language", "zh-CN")
            .header("Authorization", f.clerk))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
        .andReturn().getResponse().getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF单据号,状态,结清情况");
    assertThat(text.lines()).hasSize(2);
    assertThat(text).contains("INV-2026-", "已开具", "未结清", "11.30");
    String all = mvc.perform(get("/api/v1/invoices/export").param("companyId", f.company.id().toString())
            .header("Authorization", f.clerk))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(all.lines()).hasSize(3);
    assertThat(all).contains("Draft", "Issued");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
