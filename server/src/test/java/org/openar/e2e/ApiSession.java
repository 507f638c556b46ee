package org.openar.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a signed-in user (session cookie and CSRF token, like the web app), for setting up test data. */
final class ApiSession {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private ApiSession(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  static ApiSession signIn(String base, String username, String password) throws IOException, InterruptedException {
    ApiSession s = new ApiSession(base);
    s.send("GET", "/api/v1/auth/csrf", null);
    s.call("POST", "/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    return s;
  }

  /** Sends a request and returns the JSON answer; anything but 2xx fails the test with the server's problem. */
  JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> r = send(method, path, body);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
  }

  private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json").header("Accept-Language", "en")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (!"GET".equals(method)) {
      b.header("X-XSRF-TOKEN", csrf());
      b.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}
