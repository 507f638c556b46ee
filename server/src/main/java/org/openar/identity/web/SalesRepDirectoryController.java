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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales reps by name, for the "sales rep" filters and pickers of lists (invoices, customers, aging); user
 * administration stays with admins. A SALES_REP does not need it: it sees only its own customers anyway.
 */
@RestController
@RequestMapping("/api/v1/sales-reps")
@Tag(name = "Users")
public class SalesRepDirectoryController {

  private final Users users;

  public SalesRepDirectoryController(Users users) {
    this.users = users;
  }

  /** A sales rep as lists show it. */
  public record SalesRep(UUID id, String username, String displayName, boolean enabled) {}

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Every user with the SALES_REP role (id, username, display name), by display name")
  public List<SalesRep> list() {
    return users.withRole(Role.SALES_REP).stream()
        .sorted(Comparator.comparing(UserView::displayName, String.CASE_INSENSITIVE_ORDER))
        .map(u -> new SalesRep(u.id(), u.username(), u.displayName(), u.enabled())).toList();
  }
}
