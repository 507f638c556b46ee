package org.openar.identity.app;

import java.util.Collection;
import java.util.List;
import org.openar.identity.UserView;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user: Spring Security's view (authorities) and OpenAR's (actor). {@code credentialsVersion} binds
 * a session to the password it was opened with: a later password change or reset ends it.
 */
public record OpenArPrincipal(UserView user, String passwordHash, int credentialsVersion)
    implements UserDetails, CurrentActor.ActorPrincipal {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> list = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return list;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return user.enabled();
  }

  @Override
  public Actor actor() {
    return new Actor(user.id(), user.username(), user.roles());
  }

  /** The session keeps no password hash. */
  public OpenArPrincipal withoutPassword() {
    return new OpenArPrincipal(user, "", credentialsVersion);
  }
}
