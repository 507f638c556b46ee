package org.openar.notifications.app;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A generic HTTP SMS gateway: sends the configured body template with {@code {{to}}} and {@code {{text}}} filled in
 * (JSON-escaped for JSON bodies, URL-encoded for form bodies) to the configured URL and method with the configured
 * headers; a configured status means accepted. 429 and 5xx are retried, other statuses are permanent failures;
 * a connection failure means the provider is down.
 */
public class HttpSmsProvider implements SmsProvider {

  private final NotificationsProperties.Sms config;
  private final HttpClient client;

  public HttpSmsProvider(NotificationsProperties.Sms config) {
    if (config.url() == null || config.url().isBlank()) {
      throw new IllegalStateException("openar.notifications.sms.url is required for the http SMS provider");
    }
    this.config = config;
    this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
  }

  @Override
  public String send(String to, String text) throws DeliveryException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url())).timeout(config.timeout())
        .header("Content-Type", config.contentType())
        .method(config.method(), HttpRequest.BodyPublishers.ofString(body(to, text), StandardCharsets.UTF_8));
    config.headers().forEach(request::header);
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw DeliveryException.unreachable("SMS provider unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.transientFailure("interrupted", e);
    }
    String answer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
    if (config.success(response.statusCode())) {
      return answer;
    }
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw DeliveryException.transientFailure("SMS provider answered " + answer, null);
    }
    throw DeliveryException.permanent("SMS provider rejected the message: " + answer, null);
  }

  String body(String to, String text) {
    boolean form = config.contentType().startsWith("application/x-www-form-urlencoded");
    return config.bodyTemplate()
        .replace("{{to}}", form ? url(to) : json(to))
        .replace("{{text}}", form ? url(text) : json(text));
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The content of a JSON string literal (without quotes). */
  static String json(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() <= 500 ? s : s.substring(0, 500) + "…";
  }
}
