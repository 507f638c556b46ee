package org.openar.identity;

import java.util.Set;
import java.util.UUID;
import org.openar.shared.security.Role;

/** A user as other modules and the API see it (never the password hash). */
public record UserView(UUID id, String username, String displayName, String email, Set<Role> roles, String language,
    boolean enabled) {}
