package org.openar.customers.web;

import java.util.List;
import java.util.UUID;
import org.openar.customers.AddressType;
import org.openar.customers.CompanyId;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomerStatus;
import org.openar.customers.Tier;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Request bodies of the customers API; unknown fields are rejected, validation happens in the services. */
public final class CustomerRequests {

  private CustomerRequests() {}

  /** A new customer with its children; {@code paymentTerms} in compact form, e.g. {@code 2/10,NET30}. */
  public record CreateCustomer(UUID companyId, String code, String nameZh, String nameEn, String taxId,
      String country, String region, Tier tier, Money creditLimit, String paymentTerms, UUID salesRepId,
      CustomerStatus status, List<String> tags, List<AddressRequest> addresses, List<ContactRequest> contacts,
      List<BankAccountRequest> bankAccounts, List<String> aliases) {

    CustomerDraft toDraft() {
      CustomerData data = new CustomerData(nameZh, nameEn, taxId, country, region, tier, creditLimit, paymentTerms,
          salesRepId, status, tags);
      return new CustomerDraft(companyId == null ? null : new CompanyId(companyId), code, data,
          map(addresses, AddressRequest::toData), map(contacts, ContactRequest::toData),
          map(bankAccounts, BankAccountRequest::toData), aliases);
    }
  }

  /** Replaces every editable field; {@code version} is the one last read (optimistic locking). */
  public record UpdateCustomer(Long version, String nameZh, String nameEn, String taxId, String country,
      String region, Tier tier, Money creditLimit, String paymentTerms, UUID salesRepId, CustomerStatus status,
      List<String> tags) {

    CustomerData toData() {
      return new CustomerData(nameZh, nameEn, taxId, country, region, tier, creditLimit, paymentTerms, salesRepId,
          status, tags);
    }
  }

  /** {@code version} is needed when changing an existing contact, ignored when adding one. */
  public record ContactRequest(String name, String email, String phone, String language, ContactRole role,
      Boolean primary, Long version) {

    ContactData toData() {
      return new ContactData(name, email, phone, language, role, primary);
    }
  }

  public record AddressRequest(AddressType type, String country, String province, String city, String district,
      String line, String postcode, Long version) {

    AddressData toData() {
      return new AddressData(type, country, province, city, district, line, postcode);
    }
  }

  public record BankAccountRequest(String accountNumber, String bankName, String holderName, String bic,
      CurrencyCode currency, Long version) {

    BankAccountData toData() {
      return new BankAccountData(accountNumber, bankName, holderName, bic, currency);
    }
  }

  public record AliasRequest(String name) {}

  /** A new credit limit to be approved by a checker, and why. */
  public record CreditLimitRequest(Money creditLimit, String reason) {}

  static long version(Long version) {
    if (version == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, "version").onField("version");
    }
    return version;
  }

  /** Keeps null elements (reported with their index by the validation) and a null list as null. */
  private static <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> f) {
    return items == null ? null : items.stream().map(i -> i == null ? null : f.apply(i)).toList();
  }
}
