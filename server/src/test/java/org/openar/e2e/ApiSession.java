package org.openar.e2e;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A signed-in session against the running jar for setting up data through the REST API, as the web app does. */
final class ApiSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  ApiSession(String base, String user, String password) throws IOException, InterruptedException {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).GET());
    post("/api/v1/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
  }

  /** POSTs JSON and returns the response body; anything but 2xx fails the setup with the server's answer. */
  String post(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf()).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  String id(String path, String json) throws IOException, InterruptedException {
    return JsonPath.read(post(path, json), "$.id");
  }

  private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}
