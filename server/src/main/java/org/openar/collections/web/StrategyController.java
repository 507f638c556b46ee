package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.openar.collections.DunningStrategies;
import org.openar.collections.StrategyDraft;
import org.openar.collections.StrategyId;
import org.openar.collections.StrategyStep;
import org.openar.collections.domain.DunningSchema;
import org.openar.collections.web.Responses.StrategyResponse;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;
import org.openar.notifications.TemplateVariable;
import org.openar.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dunning strategies: versioned, edited by the credit manager leading collections; read by every collections role. */
@RestController
@RequestMapping("/api/v1/collections/strategies")
@Tag(name = "Dunning strategies", description = "Ordered steps with offsets, channels, templates and conditions")
public class StrategyController {

  private final DunningStrategies strategies;

  public StrategyController(DunningStrategies strategies) {
    this.strategies = strategies;
  }

  record CreateRequest(UUID companyId, @NotBlank String code, String name, String description, Tier tier,
      String segment, Integer priority, @NotNull List<StrategyStep> steps, String comment) {
    StrategyDraft draft() {
      return new StrategyDraft(name, description, tier, segment, priority, steps, comment);
    }
  }

  record UpdateRequest(@NotNull Integer baseVersion, String name, String description, Tier tier, String segment,
      Integer priority, @NotNull List<StrategyStep> steps, String comment) {
    StrategyDraft draft() {
      return new StrategyDraft(name, description, tier, segment, priority, steps, comment);
    }
  }

  record ActivationRequest(@NotNull Boolean active) {}

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Current versions of the strategies of a company (and the shared defaults); all without it")
  public List<StrategyResponse> list(@RequestParam(required = false) UUID companyId) {
    return strategies.list(companyId == null ? null : new CompanyId(companyId)).stream().map(StrategyResponse::of)
        .toList();
  }

  @GetMapping("/template-variables")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The variables dunning supplies to templates (a dunning template may declare any of them)")
  public List<TemplateVariable> variables() {
    return DunningSchema.VARIABLES;
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The current version of a strategy")
  public StrategyResponse get(@PathVariable UUID id) {
    return StrategyResponse.of(strategies.get(new StrategyId(id)));
  }

  @GetMapping("/{id}/versions")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Every version of a strategy, newest first")
  public List<StrategyResponse> versions(@PathVariable UUID id) {
    return strategies.versions(new StrategyId(id)).stream().map(StrategyResponse::of).toList();
  }

  @PostMapping
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a strategy (version 1); templates are checked against the steps' channels and the"
      + " variables dunning supplies")
  public StrategyResponse create(@Valid @RequestBody CreateRequest body) {
    return StrategyResponse.of(strategies.create(body.companyId() == null ? null : new CompanyId(body.companyId()),
        body.code(), body.draft()));
  }

  @PutMapping("/{id}")
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Save a new version; baseVersion is the version edited (409 when someone saved meanwhile)")
  public StrategyResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest body) {
    return StrategyResponse.of(strategies.update(new StrategyId(id), body.baseVersion(), body.draft()));
  }

  @PostMapping("/{id}/activation")
  @PreAuthorize(Access.MANAGE_TEMPLATES)
  @Operation(summary = "Activate or deactivate a strategy (inactive ones are not selected for customers)")
  public StrategyResponse activation(@PathVariable UUID id, @Valid @RequestBody ActivationRequest body) {
    return StrategyResponse.of(strategies.setActive(new StrategyId(id), body.active()));
  }
}
