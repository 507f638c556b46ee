package org.openar.e2e;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Seeds data through the running server's REST API with a signed-in session (cookie + CSRF header, as the SPA). */
final class E2eApi {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private E2eApi(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  static E2eApi signIn(String base, String username, String password) throws IOException, InterruptedException {
    E2eApi api = new E2eApi(base);
    api.send("GET", "/api/v1/auth/csrf", null);
    api.send("POST", "/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    return api;
  }

  /** Sends a JSON request and returns the body; anything but 2xx fails with the server's answer. */
  String send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
    String xsrf = cookies.getCookieStore().get(URI.create(base)).stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
    if (xsrf != null) {
      b.header("X-XSRF-TOKEN", xsrf);
    }
    if (json != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  String id(String method, String path, String json) throws IOException, InterruptedException {
    return JsonPath.read(send(method, path, json), "$.id");
  }
}
