package org.openar.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.customers.Customers.CompanyChanges;
import org.openar.customers.Customers.NewCompany;
import org.openar.customers.CustomersError;
import org.openar.customers.web.CustomerResponses.CompanyResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Legal entities with base currency and business time zone")
public class CompanyController {

  private final Customers customers;

  public CompanyController(Customers customers) {
    this.customers = customers;
  }

  /** {@code timeZone} is an IANA region id such as Asia/Shanghai (default). */
  public record CreateCompany(String code, String name, String nameEn, CurrencyCode baseCurrency, String timeZone) {}

  /** The code never changes; the base currency only while the company has no customers. */
  public record UpdateCompany(String name, String nameEn, CurrencyCode baseCurrency, String timeZone) {}

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "List companies by code")
  public List<CompanyResponse> list() {
    return customers.companies().stream().map(CompanyResponse::of).toList();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Get one company")
  public CompanyResponse get(@PathVariable UUID id) {
    return CompanyResponse.of(customers.getCompany(new CompanyId(id)));
  }

  @PostMapping
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Create a company")
  public ResponseEntity<CompanyResponse> create(@RequestBody CreateCompany body) {
    CompanyView c = customers.createCompany(new NewCompany(body.code(), body.name(), body.nameEn(),
        body.baseCurrency(), zone(body.timeZone())));
    return ResponseEntity.created(URI.create("/api/v1/companies/" + c.id())).body(CompanyResponse.of(c));
  }

  @PutMapping("/{id}")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Change a company's names, base currency or time zone")
  public CompanyResponse update(@PathVariable UUID id, @RequestBody UpdateCompany body) {
    return CompanyResponse.of(customers.updateCompany(new CompanyId(id),
        new CompanyChanges(body.name(), body.nameEn(), body.baseCurrency(), zone(body.timeZone()))));
  }

  /** Only region ids: a fixed offset such as +08:00 would get daylight saving wrong elsewhere. */
  static ZoneId zone(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (!ZoneId.getAvailableZoneIds().contains(raw.strip())) {
      throw new OpenArException(CustomersError.CUSTOMERS_INVALID_TIME_ZONE, raw).onField("timeZone");
    }
    return ZoneId.of(raw.strip());
  }
}
