package org.openar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestController;

/** OpenAR's controllers are created by their first request; the rest of OpenAR stays eager. */
@OpenArIntegrationTest
class LazyControllersTest {

  @Autowired ConfigurableApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Users users;

  @Test
  void everyOpenArControllerIsLazyAndNothingElseIs() {
    var factory = context.getBeanFactory();
    List<String> controllers = Arrays.stream(context.getBeanNamesForAnnotation(RestController.class))
        .filter(n -> factory.getType(n) != null && factory.getType(n).getName().startsWith("org.openar.")).toList();
    assertThat(controllers).hasSizeGreaterThan(30);
    assertThat(controllers).allSatisfy(n -> assertThat(factory.getBeanDefinition(n).isLazyInit()).as(n).isTrue());
    // the services, repositories, listeners and jobs of OpenAR stay eager (Spring's own few lazy beans are its own)
    assertThat(Arrays.stream(factory.getBeanDefinitionNames())
        .filter(n -> factory.getBeanDefinition(n).isLazyInit() && !controllers.contains(n))
        .filter(n -> factory.getType(n) != null && factory.getType(n).getName().startsWith("org.openar."))).isEmpty();
  }

  @Test
  void aLazyControllerAnswersWithItsSecurityInPlace() throws Exception {
    String auditor = Api.bearer(users, "lazy-auditor", Role.AUDITOR);
    mvc.perform(get("/api/v1/audit/verify").header("Authorization", auditor)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/customers").header("Authorization", auditor)).andExpect(status().isOk());
    // method security still applies to the controller created on demand
    String rep = Api.bearer(users, "lazy-rep", Role.SALES_REP);
    mvc.perform(get("/api/v1/audit/verify").header("Authorization", rep)).andExpect(status().isForbidden());
  }
}
