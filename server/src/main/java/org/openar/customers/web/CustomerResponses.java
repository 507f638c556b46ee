package org.openar.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.customers.AddressType;
import org.openar.customers.AddressView;
import org.openar.customers.AliasSource;
import org.openar.customers.BankAccountView;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactRole;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.PayerAliasView;
import org.openar.customers.Tier;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Response bodies of the customers API: ids as plain UUIDs, payment terms in compact form. */
public final class CustomerResponses {

  private CustomerResponses() {}

  public record CompanyResponse(UUID id, String code, String name, String nameEn, CurrencyCode baseCurrency,
      String timeZone) {

    static CompanyResponse of(CompanyView c) {
      return new CompanyResponse(c.id().value(), c.code(), c.name(), c.nameEn(), c.baseCurrency(),
          c.timeZone().getId());
    }
  }

  /** One row of a customer list. */
  public record CustomerListItem(UUID id, UUID companyId, String code, String nameZh, String nameEn, String taxId,
      String country, String region, Tier tier, Money creditLimit, String paymentTerms, UUID salesRepId,
      String status, List<String> tags, long version) {

    static CustomerListItem of(CustomerSummary s) {
      CustomerView c = s.customer();
      return new CustomerListItem(c.id().value(), c.companyId().value(), c.code(), c.nameZh(), c.nameEn(), c.taxId(),
          s.country(), s.region(), c.tier(), c.creditLimit(), c.paymentTerms().code(), c.salesRepId(), c.status(),
          c.tags(), c.version());
    }
  }

  /** The 360° view of a customer. */
  public record CustomerResponse(UUID id, UUID companyId, String code, String nameZh, String nameEn, String taxId,
      String country, String region, Tier tier, Money creditLimit, String paymentTerms, UUID salesRepId,
      String status, List<String> tags, long version, Instant createdAt, Instant updatedAt,
      List<AddressResponse> addresses, List<ContactResponse> contacts, List<BankAccountResponse> bankAccounts,
      List<AliasResponse> aliases) {

    static CustomerResponse of(CustomerDetail d) {
      CustomerView c = d.customer();
      return new CustomerResponse(c.id().value(), c.companyId().value(), c.code(), c.nameZh(), c.nameEn(),
          c.taxId(), d.country(), d.region(), c.tier(), c.creditLimit(), c.paymentTerms().code(), c.salesRepId(),
          c.status(), c.tags(), c.version(), d.createdAt(), d.updatedAt(),
          d.addresses().stream().map(AddressResponse::of).toList(),
          d.contacts().stream().map(ContactResponse::of).toList(),
          d.bankAccounts().stream().map(BankAccountResponse::of).toList(),
          d.aliases().stream().map(AliasResponse::of).toList());
    }
  }

  public record ContactResponse(UUID id, String name, String email, String phone, String language, ContactRole role,
      boolean primary, long version) {

    static ContactResponse of(ContactView c) {
      return new ContactResponse(c.id().value(), c.name(), c.email(), c.phone(), c.language(), c.role(), c.primary(),
          c.version());
    }
  }

  public record AddressResponse(UUID id, AddressType type, String country, String province, String city,
      String district, String line, String postcode, long version) {

    static AddressResponse of(AddressView a) {
      return new AddressResponse(a.id().value(), a.type(), a.country(), a.province(), a.city(), a.district(),
          a.line(), a.postcode(), a.version());
    }
  }

  public record BankAccountResponse(UUID id, String accountNumber, String numberKey, boolean iban, String bankName,
      String holderName, String bic, CurrencyCode currency, long version) {

    static BankAccountResponse of(BankAccountView a) {
      return new BankAccountResponse(a.id().value(), a.accountNumber(), a.numberKey(), a.iban(), a.bankName(),
          a.holderName(), a.bic(), a.currency(), a.version());
    }
  }

  public record AliasResponse(UUID id, String name, String nameKey, AliasSource source, Instant createdAt) {

    static AliasResponse of(PayerAliasView a) {
      return new AliasResponse(a.id().value(), a.name(), a.nameKey(), a.source(), a.createdAt());
    }
  }
}
