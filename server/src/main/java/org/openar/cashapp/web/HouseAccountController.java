package org.openar.cashapp.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.app.CsvMapping;
import org.openar.cashapp.app.HouseAccount;
import org.openar.cashapp.app.HouseAccountService;
import org.openar.cashapp.app.HouseAccountService.AccountData;
import org.openar.customers.CompanyId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The company's own bank accounts (house accounts) that statements are imported for. */
@RestController
@RequestMapping("/api/v1/cashapp/bank-accounts")
@Tag(name = "Cash application: bank accounts", description = "The company's own bank accounts")
public class HouseAccountController {

  private final HouseAccountService accounts;

  public HouseAccountController(HouseAccountService accounts) {
    this.accounts = accounts;
  }

  /**
   * An account: number (IBAN checked), display name, bank, BIC, currency (null: any), the saved CSV/xlsx column mapping,
   * active. {@code version} is required to update.
   */
  record AccountRequest(UUID companyId, String accountNumber, String name, String bankName, String bic,
      String currency, CsvMapping mapping, Boolean active, Long version) {

    AccountData data() {
      CurrencyCode ccy = null;
      if (currency != null && !currency.isBlank()) {
        try {
          ccy = CurrencyCode.of(currency.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (OpenArException e) {
          throw e.onField("currency");
        }
      }
      return new AccountData(accountNumber, name, bankName, bic, ccy, mapping, active);
    }
  }

  record AccountResponse(UUID id, UUID companyId, String accountNumber, boolean iban, String name, String bankName,
      String bic, String currency, CsvMapping mapping, boolean active, long version, Instant createdAt,
      Instant updatedAt) {
    static AccountResponse of(HouseAccount a) {
      return new AccountResponse(a.id().value(), a.companyId().value(), a.accountNumber(), a.iban(), a.name(),
          a.bankName(), a.bic(), a.currency() == null ? null : a.currency().code(), a.mapping(), a.active(),
          a.version(), a.createdAt(), a.updatedAt());
    }
  }

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "House bank accounts, of one company or all")
  public List<AccountResponse> list(@RequestParam(required = false) UUID companyId) {
    return accounts.list(companyId == null ? null : new CompanyId(companyId)).stream().map(AccountResponse::of)
        .toList();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One house bank account")
  public AccountResponse get(@PathVariable UUID id) {
    return AccountResponse.of(accounts.get(new HouseAccountId(id)));
  }

  @PostMapping
  @PreAuthorize(Access.CONTROL)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a house bank account; its number may belong to one company only")
  public AccountResponse create(@RequestBody AccountRequest body) {
    return AccountResponse.of(accounts.create(body.companyId() == null ? null : new CompanyId(body.companyId()),
        body.data()));
  }

  @PutMapping("/{id}")
  @PreAuthorize(Access.CONTROL)
  @Operation(summary = "Change a house bank account (deactivate with active=false); the number only while it has "
      + "no statements")
  public AccountResponse update(@PathVariable UUID id, @RequestBody AccountRequest body) {
    if (body.version() == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, "version").onField("version");
    }
    return AccountResponse.of(accounts.update(new HouseAccountId(id), body.version(), body.data()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(Access.CONTROL)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a house bank account that has no statements (else deactivate it)")
  public void delete(@PathVariable UUID id) {
    accounts.delete(new HouseAccountId(id));
  }
}
