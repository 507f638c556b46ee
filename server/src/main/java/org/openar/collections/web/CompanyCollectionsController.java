package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.openar.collections.ChargeId;
import org.openar.collections.ChargeTerms;
import org.openar.collections.CollectionsProfiles;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.LateCharges;
import org.openar.collections.web.Responses.ChargeResponse;
import org.openar.customers.CompanyId;
import org.openar.shared.money.Money;
import org.openar.shared.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Company-wide collections rules (contact compliance, late-fee terms) and fee waivers. */
@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Collections rules", description = "Contact rules and late-fee terms per company; fee waivers")
public class CompanyCollectionsController {

  private final CollectionsProfiles profiles;
  private final LateCharges charges;

  public CompanyCollectionsController(CollectionsProfiles profiles, LateCharges charges) {
    this.profiles = profiles;
    this.charges = charges;
  }

  record ComplianceRequest(@NotNull Long version, @NotNull Integer maxContacts, @NotNull Integer windowDays,
      @NotNull LocalTime quietStart, @NotNull LocalTime quietEnd, Set<LocalDate> holidays) {}

  record TermsRequest(@NotNull Long version, Money lateFeeFixed, BigDecimal lateFeePercent, Money feeCap,
      BigDecimal annualInterestPercent, BigDecimal interestCapPercent, Integer graceDays, Money minCharge) {}

  record WaiverRequest(String reason) {}

  @GetMapping("/companies/{companyId}/compliance")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The contact rules in force: cap per rolling window, quiet hours, holidays")
  public ComplianceSettings compliance(@PathVariable UUID companyId) {
    return profiles.compliance(new CompanyId(companyId));
  }

  @PutMapping("/companies/{companyId}/compliance")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Set the company's contact rules; version is the one edited (0: the defaults)")
  public ComplianceSettings updateCompliance(@PathVariable UUID companyId, @Valid @RequestBody ComplianceRequest b) {
    return profiles.updateCompliance(new CompanyId(companyId), b.version(), new ComplianceSettings(b.maxContacts(),
        b.windowDays(), b.quietStart(), b.quietEnd(), b.holidays(), b.version()));
  }

  @GetMapping("/companies/{companyId}/charge-terms")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The company's late-fee and interest terms")
  public ChargeTerms terms(@PathVariable UUID companyId) {
    return charges.companyTerms(new CompanyId(companyId));
  }

  @PutMapping("/companies/{companyId}/charge-terms")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Set the company's late-fee and interest terms; version is the one edited (0: none yet)")
  public ChargeTerms saveTerms(@PathVariable UUID companyId, @Valid @RequestBody TermsRequest b) {
    return charges.saveCompanyTerms(new CompanyId(companyId), b.version(), new ChargeTerms(b.lateFeeFixed(),
        b.lateFeePercent(), b.feeCap(), b.annualInterestPercent(), b.interestCapPercent(),
        b.graceDays() == null ? 0 : b.graceDays(), b.minCharge(), b.version()));
  }

  @PostMapping("/charges/{id}/waiver")
  @PreAuthorize(Access.REQUEST_APPROVAL)
  @Operation(summary = "Ask a checker to waive a late fee or interest charge (collections.fee-waiver approval)")
  public ChargeResponse waiver(@PathVariable UUID id, @RequestBody WaiverRequest body) {
    return ChargeResponse.of(charges.requestWaiver(new ChargeId(id), body.reason()));
  }
}
