package org.openar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The OpenAR modular monolith: one Spring Boot application, one module per top-level package. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "OpenAR", sharedModules = "shared")
public class OpenArApplication {

  public static void main(String[] args) {
    SpringApplication.run(OpenArApplication.class, args);
  }
}
