package org.openar.demo.app;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.Tier;
import org.openar.invoicing.InvoiceDraft;

/** What the demo book will contain, decided up front by {@link DemoPlanner} (pure, deterministic) and then written. */
record DemoPlan(List<CustomerPlan> customers, List<InvoicePlan> invoices) {

  /** How a customer pays; drives its payment dates, partial payments and what it still owes today. */
  enum Behaviour {
    /** Pays within terms; with 2/10 terms mostly inside the discount window. */
    PROMPT,
    /** Pays around the due date, up to about three weeks late. */
    STEADY,
    /** Chronically 30-120 days late, paying several invoices at once on the 25th of a month. */
    LATE,
    /** Often pays part of an invoice first and the rest weeks later. */
    PARTIAL,
    /** Stopped paying some months ago: everything since is more than 180 days overdue by now. */
    NEVER
  }

  record CustomerPlan(String code, String nameZh, String nameEn, String taxId, String country, String region,
      Tier tier, String currency, String terms, long creditLimitMajor, int salesRep, List<String> tags,
      Behaviour behaviour, List<ContactData> contacts, List<AddressData> addresses) {}

  /** {@code customer} indexes {@link DemoPlan#customers}; payments are in date order. */
  record InvoicePlan(int customer, LocalDate date, String reference, List<InvoiceDraft.Line> lines, CreditPlan credit,
      List<PaymentPlan> payments, boolean disputed) {}

  /** {@code percent} of the gross amount, or 100 for a full credit note (which cancels the invoice). */
  record CreditPlan(LocalDate date, int percent, String reason) {}

  /** {@code percent} of what is open then (100 settles it); {@code discount}: pays inside the discount window. */
  record PaymentPlan(LocalDate date, int percent, boolean discount) {}
}
