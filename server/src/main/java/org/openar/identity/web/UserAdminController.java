package org.openar.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.identity.Users.NewUser;
import org.openar.identity.app.ApiTokenView;
import org.openar.identity.app.UserAccount;
import org.openar.identity.app.UserAdminService;
import org.openar.identity.app.UserAdminService.CreatedToken;
import org.openar.identity.app.UserAdminService.UserUpdate;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.openar.shared.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "User administration: accounts, roles, passwords, API tokens")
public class UserAdminController {

  private final UserAdminService admin;

  public UserAdminController(UserAdminService admin) {
    this.admin = admin;
  }

  public record CreateUserRequest(@NotBlank String username, String displayName, String email,
      @NotNull String password, @NotEmpty Set<Role> roles, String language) {}

  public record UpdateUserRequest(@NotNull String displayName, String email, @NotEmpty Set<Role> roles,
      @NotBlank String language, @NotNull Boolean enabled) {}

  public record PasswordReset(@NotNull String password) {}

  public record TokenRequest(@NotBlank String name, Integer validDays) {}

  @GetMapping
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "List users; q matches username, display name or email")
  public Page<UserAccount> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean enabled,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, UserAdminService.SORT_FIELDS, "username");
    return admin.list(q, role, enabled, pq);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "One user")
  public UserAccount get(@PathVariable UUID id) {
    return admin.get(id);
  }

  @PostMapping
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Create a user with roles and language (en or zh-CN)")
  public ResponseEntity<UserAccount> create(@Valid @RequestBody CreateUserRequest body) {
    UserAccount created = admin.create(new NewUser(body.username(), body.displayName(), body.email(), body.password(),
        body.roles(), body.language()));
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
  }

  @PutMapping("/{id}")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Update display name, email, roles, language and enabled; an admin cannot demote or disable"
      + " itself, and the last enabled admin stays")
  public UserAccount update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest body) {
    return admin.update(id, new UserUpdate(body.displayName(), body.email(), body.roles(), body.language(),
        body.enabled()));
  }

  @PostMapping("/{id}/password")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Set a new password for the user; ends its sessions and lifts sign-in throttling")
  public Map<String, Boolean> resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset body) {
    admin.resetPassword(id, body.password());
    return Map.of("reset", true);
  }

  @GetMapping("/{id}/tokens")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "The user's API tokens (never their secrets)")
  public List<ApiTokenView> tokens(@PathVariable UUID id) {
    return admin.tokens(id);
  }

  @PostMapping("/{id}/tokens")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Create an API token for the user; the secret is in this response only")
  public ResponseEntity<CreatedToken> createToken(@PathVariable UUID id, @Valid @RequestBody TokenRequest body) {
    CreatedToken created = admin.createToken(id, body.name(), body.validDays());
    return ResponseEntity.status(201).body(created);
  }

  @DeleteMapping("/{id}/tokens/{tokenId}")
  @PreAuthorize(Access.ADMIN)
  @Operation(summary = "Revoke an API token; its next request is refused")
  public ApiTokenView revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
    return admin.revokeToken(id, tokenId);
  }
}
