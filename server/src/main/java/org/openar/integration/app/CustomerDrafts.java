package org.openar.integration.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.customers.AddressType;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomerStatus;
import org.openar.customers.Tier;
import org.openar.integration.domain.ParsedRow;

/**
 * A customer row as a {@link CustomerDraft} (record, up to two contacts, a billing address, a bank account, payer
 * names), with the map from the customer master's field paths ({@code contacts[1].email}) back to the import's fields,
 * so the master data's own validation reports land on the right columns.
 */
final class CustomerDrafts {

  private static final Map<String, String> RECORD = Map.ofEntries(Map.entry("code", "code"),
      Map.entry("nameZh", "nameZh"), Map.entry("nameEn", "nameEn"), Map.entry("taxId", "taxId"),
      Map.entry("country", "country"), Map.entry("region", "region"), Map.entry("tier", "tier"),
      Map.entry("creditLimit", "creditLimit"), Map.entry("paymentTerms", "paymentTerms"),
      Map.entry("salesRepId", "salesRep"), Map.entry("status", "status"), Map.entry("tags", "tags"),
      Map.entry("aliases", "payerAliases"), Map.entry("addresses[0].line", "addressLine"),
      Map.entry("addresses[0].city", "addressCity"), Map.entry("addresses[0].province", "addressProvince"),
      Map.entry("addresses[0].district", "addressDistrict"), Map.entry("addresses[0].postcode", "addressPostcode"),
      Map.entry("addresses[0].country", "country"), Map.entry("addresses[0]", "addressLine"),
      Map.entry("bankAccounts[0].accountNumber", "bankAccountNumber"), Map.entry("bankAccounts[0]", "bankAccountNumber"),
      Map.entry("bankAccounts[0].bankName", "bankName"), Map.entry("bankAccounts[0].holderName", "bankAccountHolder"),
      Map.entry("bankAccounts[0].bic", "bankBic"), Map.entry("bankAccounts[0].currency", "bankCurrency"));

  /** The draft and where each of its paths came from. */
  record Draft(CustomerDraft draft, Map<String, String> fields) {}

  private CustomerDrafts() {}

  static Draft of(ParsedRow r, ImportContext ctx, UUID salesRep) {
    Map<String, String> fields = new HashMap<>(RECORD);
    CustomerData data = new CustomerData(text(r, ctx, "nameZh"), text(r, ctx, "nameEn"), text(r, ctx, "taxId"),
        upper(text(r, ctx, "country")), text(r, ctx, "region"), tier(text(r, ctx, "tier")),
        r.money(ctx.field("creditLimit")), terms(r, ctx), salesRep, status(text(r, ctx, "status")),
        r.list(ctx.field("tags")));
    List<ContactData> contacts = new ArrayList<>();
    for (String slot : List.of("contact", "contact2")) {
      ContactData c = contact(r, ctx, slot);
      if (c != null) {
        for (String part : List.of("name", "email", "phone", "language", "role")) {
          fields.put("contacts[" + contacts.size() + "]." + part, slot + Character.toUpperCase(part.charAt(0))
              + part.substring(1));
        }
        fields.put("contacts[" + contacts.size() + "]", slot + "Name");
        contacts.add(c);
      }
    }
    return new Draft(new CustomerDraft(ctx.company.id(), text(r, ctx, "code"), data, address(r, ctx), contacts,
        account(r, ctx), r.list(ctx.field("payerAliases"))), fields);
  }

  private static ContactData contact(ParsedRow r, ImportContext ctx, String slot) {
    String name = text(r, ctx, slot + "Name");
    String email = text(r, ctx, slot + "Email");
    String phone = text(r, ctx, slot + "Phone");
    if (name == null && email == null && phone == null) {
      return null;
    }
    String role = text(r, ctx, slot + "Role");
    return new ContactData(name == null ? (email != null ? email : phone) : name, email, phone,
        text(r, ctx, slot + "Language"), role == null ? null : ContactRole.valueOf(role), slot.equals("contact"));
  }

  private static List<AddressData> address(ParsedRow r, ImportContext ctx) {
    String line = text(r, ctx, "addressLine");
    if (line == null) {
      return List.of();
    }
    return List.of(new AddressData(AddressType.BILLING, null, text(r, ctx, "addressProvince"),
        text(r, ctx, "addressCity"), text(r, ctx, "addressDistrict"), line, text(r, ctx, "addressPostcode")));
  }

  private static List<BankAccountData> account(ParsedRow r, ImportContext ctx) {
    String number = text(r, ctx, "bankAccountNumber");
    if (number == null) {
      return List.of();
    }
    return List.of(new BankAccountData(number, text(r, ctx, "bankName"), text(r, ctx, "bankAccountHolder"),
        upper(text(r, ctx, "bankBic")), r.currency(ctx.field("bankCurrency"))));
  }

  private static String terms(ParsedRow r, ImportContext ctx) {
    var t = r.terms(ctx.field("paymentTerms"));
    return t == null ? null : t.code();
  }

  private static String text(ParsedRow r, ImportContext ctx, String field) {
    return (String) r.value(ctx.field(field));
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  private static Tier tier(String s) {
    return s == null ? null : Tier.valueOf(s);
  }

  private static CustomerStatus status(String s) {
    return s == null ? null : CustomerStatus.valueOf(s);
  }
}
