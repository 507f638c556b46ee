package org.openar.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.security.Access;
import org.openar.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales reps by name, for the people who assign customers to them and filter lists by them (user administration
 * itself stays with admins). A SALES_REP sees only its own customers, so it has no use for the list.
 */
@RestController
@Tag(name = "Users", description = "User administration: accounts, roles, passwords, API tokens")
public class SalesRepController {

  private final Users users;

  public SalesRepController(Users users) {
    this.users = users;
  }

  /** {@code enabled} false: the rep left; its customers still show its name, new assignments should not pick it. */
  public record SalesRep(UUID id, String username, String displayName, boolean enabled) {}

  @GetMapping("/api/v1/users/sales-reps")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Users with the SALES_REP role (enabled first, then by name), for pickers and filters")
  public List<SalesRep> salesReps() {
    return users.withRole(Role.SALES_REP).stream()
        .map(u -> new SalesRep(u.id(), u.username(), u.displayName(), u.enabled()))
        .sorted(Comparator.comparing((SalesRep r) -> !r.enabled())
            .thenComparing(r -> r.displayName() == null || r.displayName().isBlank() ? r.username() : r.displayName()))
        .toList();
  }
}
