package org.openar.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openar.architecture.EndpointCatalog.Endpoint;
import org.openar.identity.Users;
import org.openar.identity.app.AccessRules;
import org.openar.identity.app.SecurityConfig;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;

/**
 * The role x endpoint matrix, enforced and documented: every endpoint under /api of the running application (all
 * modules, found through Spring MVC) is called by anonymous and by a user of each role, and what happens must match
 * the endpoint's {@code @PreAuthorize} rule. docs/security-matrix.md is generated from the same run, so a changed
 * matrix shows up in review. Own database: the calls below use empty bodies that could, in some future endpoint, write.
 */
@OpenArIntegrationTest
@TestPropertySource(properties = "openar.test.database=security-matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

  static final String DOC = "docs/security-matrix.md";
  static final String UPDATE_PROPERTY = "openar.security-matrix.update";
  /** Non-GET endpoints that the read-only roles (AUDITOR, SALES_REP) may call: their own session and account. */
  static final Set<String> OWN_ACCOUNT_WRITES =
      Set.of("POST /api/v1/auth/logout", "PUT /api/v1/auth/me/language", "POST /api/v1/auth/me/password");
  static final Set<Role> READ_ONLY_ROLES = Set.of(Role.AUDITOR, Role.SALES_REP);

  @Autowired ApplicationContext ctx;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired AccessRules rules;

  final Map<Role, String> tokens = new EnumMap<>(Role.class);
  List<Endpoint> endpoints;
  /** Per endpoint key: the status each caller ("anonymous" or a role name) got, and the problem code if any. */
  final Map<String, Map<String, Outcome>> outcomes = new LinkedHashMap<>();

  record Outcome(int status, String code, boolean allowed) {}

  @BeforeAll
  void callEveryEndpointAsEveryone() throws Exception {
    for (Role role : Role.values()) {
      tokens.put(role, Api.bearer(users, "matrix-" + role.name().toLowerCase().replace('_', '-'), role));
    }
    endpoints = EndpointCatalog.collect(ctx, "/api/");
    Cookie xsrf = Api.csrf(mvc);
    for (Endpoint ep : endpoints) {
      Map<String, Outcome> row = new LinkedHashMap<>();
      if (isPublic(ep) || ep.expression() != null) {
        row.put("anonymous", call(EndpointCatalog.minimalRequest(ep).cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue()),
            isPublic(ep)));
        for (Role role : Role.values()) {
          boolean allowed = isPublic(ep) || allows(ep, role);
          row.put(role.name(), call(EndpointCatalog.minimalRequest(ep).header("Authorization", tokens.get(role)), allowed));
        }
      }
      outcomes.put(ep.key(), row);
    }
  }

  private Outcome call(AbstractMockHttpServletRequestBuilder<?> request, boolean allowed) throws Exception {
    MockHttpServletResponse res = mvc.perform(request).andReturn().getResponse();
    String body = res.getContentAsString(StandardCharsets.UTF_8);
    String code = null;
    if (res.getContentType() != null && res.getContentType().contains("problem+json") && !body.isEmpty()) {
      code = JsonPath.read(body, "$.code");
    }
    return new Outcome(res.getStatus(), code, allowed);
  }

  boolean allows(Endpoint ep, Role role) {
    return rules.allows(ep.expression(), new TestingAuthenticationToken("matrix", null, role.authority()));
  }

  static boolean isPublic(Endpoint ep) {
    AntPathMatcher matcher = new AntPathMatcher();
    for (String pattern : SecurityConfig.PUBLIC_API) {
      if (matcher.match(pattern, ep.path())) {
        return true;
      }
    }
    return false;
  }

  /** Failures as "METHOD /path (Controller#method): what went wrong", one per line. */
  private List<String> check(java.util.function.BiFunction<Endpoint, Map<String, Outcome>, List<String>> rule) {
    List<String> failures = new ArrayList<>();
    for (Endpoint ep : endpoints) {
      for (String problem : rule.apply(ep, outcomes.get(ep.key()))) {
        failures.add(ep.key() + " (" + ep.handlerName() + "): " + problem);
      }
    }
    return failures;
  }

  @Test
  void theCatalogueFindsTheEndpointsOfEveryModule() {
    assertThat(endpoints).extracting(Endpoint::key)
        .contains("GET /api/v1/auth/me", "POST /api/v1/approvals/{id}/decision", "GET /api/v1/audit/verify",
            "DELETE /api/v1/users/{id}/tokens/{tokenId}");
  }

  @Test
  void everyNonPublicApiEndpointDeclaresItsRule() {
    assertThat(check((ep, row) -> !isPublic(ep) && ep.expression() == null
        ? List.of("no @PreAuthorize: add one with an Access rule") : List.of()))
        .as("endpoints without @PreAuthorize").isEmpty();
  }

  @Test
  void anonymousCallersGet401ExceptOnPublicEndpoints() {
    assertThat(check((ep, row) -> {
      Outcome o = row.get("anonymous");
      if (o == null) {
        return List.of();
      }
      if (isPublic(ep)) {
        return o.status() == 401 || o.status() == 403 || o.status() >= 500
            ? List.of("public, but anonymous got " + o.status() + " " + o.code()) : List.of();
      }
      return o.status() == 401 && "UNAUTHENTICATED".equals(o.code()) ? List.of()
          : List.of("anonymous got " + o.status() + " " + o.code() + ", expected 401 UNAUTHENTICATED");
    })).isEmpty();
  }

  @Test
  void rolesTheRuleDeniesGet403Forbidden() {
    assertThat(check((ep, row) -> row.entrySet().stream()
        .filter(e -> !e.getKey().equals("anonymous") && !e.getValue().allowed())
        .filter(e -> e.getValue().status() != 403 || !"FORBIDDEN".equals(e.getValue().code()))
        .map(e -> e.getKey() + " got " + e.getValue().status() + " " + e.getValue().code() + ", expected 403 FORBIDDEN")
        .toList())).isEmpty();
  }

  @Test
  void rolesTheRuleAllowsAreNeverRefusedAndNothingCrashes() {
    assertThat(check((ep, row) -> row.entrySet().stream()
        .filter(e -> !e.getKey().equals("anonymous") && e.getValue().allowed())
        .filter(e -> e.getValue().status() == 401 || e.getValue().status() == 403 || e.getValue().status() >= 500)
        .map(e -> e.getKey() + " is allowed by " + ep.expression() + " but got " + e.getValue().status() + " "
            + e.getValue().code())
        .toList())).isEmpty();
  }

  @Test
  void auditorsAndSalesRepsWriteNothingButTheirOwnAccount() {
    assertThat(check((ep, row) -> ep.isRead() || OWN_ACCOUNT_WRITES.contains(ep.key()) || isPublic(ep) ? List.of()
        : READ_ONLY_ROLES.stream().filter(r -> ep.expression() != null && allows(ep, r))
            .map(r -> r + " may call it; read-only roles write only their own account " + OWN_ACCOUNT_WRITES).toList()))
        .isEmpty();
  }

  @Test
  void theCommittedMatrixIsCurrent() throws IOException {
    String generated = SecurityMatrixDoc.render(endpoints, outcomes, this::ruleName);
    Path target = Path.of("target", "security-matrix.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, generated);
    Path committed = SecurityMatrixDoc.repositoryRoot().resolve(DOC);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, generated);
    }
    String current = Files.exists(committed) ? Files.readString(committed) : "";
    assertThat(current)
        .as("%s is out of date with the running application. Review %s; if the change is intended, regenerate it with"
            + "%n  ./mvnw -B -pl server test -Dopenar.web.skip=true -Dtest=SecurityMatrixTest -D%s=true%nand commit it.",
            DOC, target.toAbsolutePath(), UPDATE_PROPERTY)
        .isEqualTo(generated);
  }

  String ruleName(Endpoint ep) {
    if (isPublic(ep)) {
      return "public";
    }
    return ep.expression() == null ? "(none)" : rules.nameOf(ep.expression()).orElse("`" + ep.expression() + "`");
  }
}
