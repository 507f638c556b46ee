package org.openar.integration.domain;

import static org.openar.integration.FieldSpec.FieldType.BOOLEAN;
import static org.openar.integration.FieldSpec.FieldType.CODE;
import static org.openar.integration.FieldSpec.FieldType.CURRENCY;
import static org.openar.integration.FieldSpec.FieldType.DATE;
import static org.openar.integration.FieldSpec.FieldType.EMAIL;
import static org.openar.integration.FieldSpec.FieldType.INTEGER;
import static org.openar.integration.FieldSpec.FieldType.LIST;
import static org.openar.integration.FieldSpec.FieldType.TERMS;
import static org.openar.integration.FieldSpec.FieldType.TEXT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openar.integration.ImportType;

/**
 * The fields of every import type, with the header words that suggest them (English, Chinese and the usual ERP
 * spellings). Lengths follow the ledger and customer master limits so a row fails here, on its column, rather than
 * deeper down.
 */
public final class Schemas {

  private static final Map<ImportType, Schema> ALL = new EnumMap<>(ImportType.class);
  private static final List<String> CONTACT_ROLES =
      List.of("BILLING", "ACCOUNTS_PAYABLE", "FINANCE_MANAGER", "CEO", "PURCHASING", "LEGAL", "OTHER");

  static {
    ALL.put(ImportType.CUSTOMERS, customers());
    ALL.put(ImportType.OPEN_INVOICES, invoices(ImportType.OPEN_INVOICES).build());
    ALL.put(ImportType.SETTLED_INVOICES, invoices(ImportType.SETTLED_INVOICES)
        .required("settledDate", DATE, 0, "settled date", "settlement date", "paid date", "date paid", "paid on",
            "clearing date", "cleared date", "结清日期", "结算日期", "付款日期", "收款日期", "核销日期", "到账日期")
        .optional("paymentNumber", CODE, 64, "payment number", "payment no", "receipt number", "receipt no",
            "收款单号", "收款编号", "付款单号", "回款单号")
        .build());
    ALL.put(ImportType.PAYMENTS, payments());
  }

  private Schemas() {}

  public static Schema of(ImportType type) {
    return ALL.get(type);
  }

  private static Schema.Builder invoices(ImportType type) {
    return Schema.builder(type)
        .required("customerCode", CODE, 40, "customer code", "customer id", "customer no", "customer number",
            "customer", "cust id", "cust no", "client code", "client id", "debtor", "debtor no", "account number",
            "客户编码", "客户代码", "客户编号", "客户号", "客户id", "客户")
        .optional("customerName", TEXT, 200, "customer name", "client name", "debtor name", "客户名称", "客户名",
            "单位名称", "公司名称")
        .required("invoiceNumber", CODE, 64, "invoice number", "invoice no", "invoice", "invoice id", "inv no",
            "document number", "document no", "doc no", "bill no", "发票号", "发票号码", "发票编号", "发票代码号",
            "单据号", "单据编号", "单号")
        .optional("installmentNo", INTEGER, 3, "installment", "installment no", "instalment", "分期", "期数", "期次")
        .required("invoiceDate", DATE, 0, "invoice date", "document date", "doc date", "bill date", "date",
            "开票日期", "发票日期", "单据日期", "业务日期", "日期")
        .optional("dueDate", DATE, 0, "due date", "due", "net due date", "payment due", "到期日", "到期日期",
            "应收日期", "付款到期日", "最后付款日")
        .amount("amount", true, "currency", "amount", "invoice amount", "total", "total amount", "gross amount",
            "amount due", "invoice total", "金额", "发票金额", "价税合计", "含税金额", "应收金额", "开票金额", "总金额")
        .optional("currency", CURRENCY, 3, "currency", "ccy", "cur", "currency code", "币种", "币别", "货币")
        .optional("paymentTerms", TERMS, 40, "payment terms", "terms", "付款条件", "付款方式", "账期", "收款条件")
        .optional("reference", TEXT, 200, "reference", "po number", "po", "purchase order", "order number",
            "customer reference", "订单号", "采购订单号", "合同号", "参考号")
        .optional("description", TEXT, 500, "description", "memo", "text", "remark", "remarks", "note", "说明",
            "摘要", "备注")
        .optional("externalRef", TEXT, 100, "external reference", "external id", "erp id", "source id", "外部编号",
            "系统编号")
        .optional("disputed", BOOLEAN, 0, "disputed", "in dispute", "dispute", "争议", "有争议", "是否争议");
  }

  private static Schema payments() {
    return Schema.builder(ImportType.PAYMENTS)
        .required("customerCode", CODE, 40, "customer code", "customer id", "customer no", "customer", "cust id",
            "client code", "debtor", "payer code", "客户编码", "客户代码", "客户编号", "客户号", "客户")
        .optional("customerName", TEXT, 200, "customer name", "payer", "payer name", "客户名称", "付款人", "付款单位")
        .required("paymentNumber", CODE, 64, "payment number", "payment no", "receipt number", "receipt no",
            "payment id", "document number", "收款单号", "收款编号", "回款单号", "单号", "流水号")
        .required("paymentDate", DATE, 0, "payment date", "value date", "receipt date", "date", "收款日期",
            "到账日期", "付款日期", "日期")
        .amount("amount", true, "currency", "amount", "payment amount", "received", "amount received", "金额",
            "收款金额", "到账金额", "回款金额")
        .optional("currency", CURRENCY, 3, "currency", "ccy", "币种", "币别", "货币")
        .optional("invoiceNumbers", LIST, 2000, "invoice numbers", "invoice number", "invoices", "invoice",
            "applied to", "发票号", "发票号码", "核销发票", "对应发票")
        .choice("receiptType", List.of("PAYMENT", "ADVANCE"), "receipt type", "payment type", "收款类型", "款项类型")
        .optional("reference", TEXT, 200, "reference", "bank reference", "remittance", "参考号", "银行流水号")
        .optional("description", TEXT, 500, "description", "memo", "remark", "note", "说明", "摘要", "备注")
        .optional("externalRef", TEXT, 100, "external reference", "external id", "外部编号")
        .build();
  }

  private static Schema customers() {
    Schema.Builder b = Schema.builder(ImportType.CUSTOMERS)
        .required("code", CODE, 40, "code", "customer code", "customer id", "customer no", "customer number",
            "client code", "debtor no", "客户编码", "客户代码", "客户编号", "客户号", "编码")
        .oneOf("name", "nameZh", TEXT, 200, "chinese name", "name zh", "name cn", "中文名称", "客户名称", "客户名",
            "单位名称", "公司名称", "名称")
        .oneOf("name", "nameEn", TEXT, 200, "english name", "name en", "name", "customer name", "英文名称", "英文名")
        .optional("taxId", TEXT, 40, "tax id", "tax number", "vat number", "uscc", "统一社会信用代码", "税号",
            "纳税人识别号", "信用代码")
        .optional("country", CODE, 2, "country", "country code", "国家", "国家代码")
        .optional("region", TEXT, 100, "region", "province", "state", "地区", "区域", "省份")
        .choice("tier", List.of("A", "B", "C"), "tier", "grade", "rating", "等级", "客户等级", "信用等级")
        .amount("creditLimit", false, "creditLimitCurrency", "credit limit", "limit", "信用额度", "授信额度")
        .optional("creditLimitCurrency", CURRENCY, 3, "credit limit currency", "currency", "币种")
        .optional("paymentTerms", TERMS, 40, "payment terms", "terms", "付款条件", "账期", "收款条件")
        .optional("salesRep", TEXT, 100, "sales rep", "salesperson", "account manager", "销售", "业务员", "销售代表")
        .choice("status", List.of("ACTIVE", "INACTIVE", "BLOCKED"), "status", "状态")
        .optional("tags", LIST, 700, "tags", "labels", "标签");
    return payment(contacts(b)).build();
  }

  private static Schema.Builder contacts(Schema.Builder b) {
    return b
        .optional("contactName", TEXT, 100, "contact", "contact name", "contact person", "联系人", "联系人姓名")
        .optional("contactEmail", EMAIL, 254, "email", "e-mail", "contact email", "邮箱", "电子邮件", "邮件")
        .optional("contactPhone", TEXT, 40, "phone", "telephone", "mobile", "contact phone", "电话", "手机",
            "联系电话")
        .choice("contactLanguage", List.of("zh-CN", "en"), "language", "contact language", "语言")
        .choice("contactRole", CONTACT_ROLES, "contact role", "role", "联系人角色", "职务")
        .optional("contact2Name", TEXT, 100, "contact 2", "second contact", "联系人2")
        .optional("contact2Email", EMAIL, 254, "email 2", "contact 2 email", "邮箱2")
        .optional("contact2Phone", TEXT, 40, "phone 2", "contact 2 phone", "电话2")
        .choice("contact2Language", List.of("zh-CN", "en"), "contact 2 language", "语言2")
        .choice("contact2Role", CONTACT_ROLES, "contact 2 role", "联系人2角色");
  }

  private static Schema.Builder payment(Schema.Builder b) {
    return b
        .optional("bankAccountNumber", TEXT, 64, "bank account", "account no", "iban", "bank account number",
            "银行账号", "账号", "开户账号")
        .optional("bankName", TEXT, 200, "bank", "bank name", "开户行", "开户银行", "银行名称")
        .optional("bankAccountHolder", TEXT, 200, "account holder", "account name", "户名", "账户名称")
        .optional("bankBic", CODE, 11, "bic", "swift", "swift code", "bic code")
        .optional("bankCurrency", CURRENCY, 3, "account currency", "bank currency", "账户币种")
        .optional("addressLine", TEXT, 300, "address", "street", "billing address", "地址", "详细地址", "账单地址")
        .optional("addressDistrict", TEXT, 100, "district", "区", "区县")
        .optional("addressCity", TEXT, 100, "city", "城市", "市")
        .optional("addressProvince", TEXT, 100, "address province", "address state", "省")
        .optional("addressPostcode", TEXT, 20, "postcode", "zip", "postal code", "邮编", "邮政编码")
        .optional("payerAliases", LIST, 2000, "payer names", "aliases", "payer aliases", "付款名称", "付款户名");
  }
}
