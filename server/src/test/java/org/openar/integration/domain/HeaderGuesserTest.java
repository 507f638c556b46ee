package org.openar.integration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.integration.ImportType;

/** Guessing the mapping from headers in English, Chinese and ERP spellings. */
class HeaderGuesserTest {

  @Test
  void chineseHeaders() {
    assertThat(HeaderGuesser.guess(Schemas.of(ImportType.OPEN_INVOICES),
        List.of("客户编码", "客户名称", "发票号", "开票日期", "到期日", "价税合计", "币种", "备注")))
        .containsEntry("客户编码", "customerCode").containsEntry("客户名称", "customerName")
        .containsEntry("发票号", "invoiceNumber").containsEntry("开票日期", "invoiceDate")
        .containsEntry("到期日", "dueDate").containsEntry("价税合计", "amount").containsEntry("币种", "currency")
        .containsEntry("备注", "description");
  }

  @Test
  void theIbmSampleHeaders() {
    assertThat(HeaderGuesser.guess(Schemas.of(ImportType.SETTLED_INVOICES), List.of("countryCode", "customerID",
        "PaperlessDate", "invoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmount", "Disputed", "SettledDate",
        "PaperlessBill", "DaysToSettle", "DaysLate")))
        .containsEntry("customerID", "customerCode").containsEntry("invoiceNumber", "invoiceNumber")
        .containsEntry("InvoiceDate", "invoiceDate").containsEntry("DueDate", "dueDate")
        .containsEntry("InvoiceAmount", "amount").containsEntry("SettledDate", "settledDate")
        .containsEntry("Disputed", "disputed").doesNotContainKeys("PaperlessDate", "DaysLate", "countryCode");
  }

  @Test
  void eachColumnFeedsOneFieldAndTheClosestHeaderWins() {
    assertThat(HeaderGuesser.guess(Schemas.of(ImportType.PAYMENTS), List.of("Payment Date", "Date", "Amount",
        "Customer", "Receipt No.", "Invoice(s)")))
        .containsEntry("Payment Date", "paymentDate").containsEntry("Amount", "amount")
        .containsEntry("Customer", "customerCode").containsEntry("Receipt No.", "paymentNumber")
        .containsEntry("Invoice(s)", "invoiceNumbers").doesNotContainKey("Date");
  }
}
