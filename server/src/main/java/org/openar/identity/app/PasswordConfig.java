package org.openar.identity.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt (cost 10 by default) for every password; needed by the CLI too, so it lives outside the web security config. */
@Configuration(proxyBeanMethods = false)
public class PasswordConfig {

  @Bean
  public PasswordEncoder passwordEncoder(IdentityProperties properties) {
    return new BCryptPasswordEncoder(properties.bcryptStrength());
  }
}
