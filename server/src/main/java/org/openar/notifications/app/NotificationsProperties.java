package org.openar.notifications.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openar.notifications.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the notifications module ({@code openar.notifications.*}; see README for every key).
 *
 * @param sendInterval pause between scheduled sending passes (only when {@code openar.jobs.enabled})
 * @param batchSize most messages one pass sends, so a pass ends and other nodes get their share
 * @param maxAttachmentBytes limit of all attachments of one message together
 * @param retry attempts and backoff of failed deliveries
 * @param mail SMTP server and sender
 * @param sms SMS provider
 * @param senders messages one pass delivers at a time, each over its own SMTP connection (default 4): a delivery
 *     mostly waits for the server's answers, so one connection leaves the node idle
 */
@ConfigurationProperties("openar.notifications")
public record NotificationsProperties(Duration sendInterval, Integer batchSize, Long maxAttachmentBytes, Retry retry,
    Mail mail, Sms sms, Integer senders) {

  public NotificationsProperties {
    sendInterval = sendInterval == null ? Duration.ofSeconds(15) : sendInterval;
    batchSize = batchSize == null ? 500 : batchSize;
    maxAttachmentBytes = maxAttachmentBytes == null ? 20L * 1024 * 1024 : maxAttachmentBytes;
    retry = retry == null ? new Retry(null, null, null) : retry;
    mail = mail == null ? new Mail(null, null, null, null, null, null, null, null, null, null) : mail;
    sms = sms == null ? new Sms(null, null, null, null, null, null, null, null) : sms;
    senders = senders == null ? 4 : Math.max(1, senders);
  }

  public record Retry(Integer maxAttempts, Duration initialDelay, Duration maxDelay) {
    public RetryPolicy policy() {
      RetryPolicy d = RetryPolicy.defaults();
      return new RetryPolicy(maxAttempts == null ? d.maxAttempts() : maxAttempts,
          initialDelay == null ? d.initialDelay() : initialDelay, maxDelay == null ? d.maxDelay() : maxDelay);
    }
  }

  /** How the connection to the SMTP server is secured: none, upgraded with STARTTLS (required), or TLS from the start. */
  public enum Security { NONE, STARTTLS, SSL }

  /**
   * @param host SMTP server; when blank e-mails stay queued and each attempt records "SMTP not configured"
   * @param port default 25 (NONE), 587 (STARTTLS) or 465 (SSL)
   * @param security NONE, STARTTLS or SSL
   * @param username SMTP AUTH user (no authentication when blank)
   * @param password SMTP AUTH password
   * @param from sender address, e.g. {@code ar@example.com}
   * @param fromName sender display name (may be Chinese)
   * @param replyTo optional Reply-To address
   * @param connectTimeout connect timeout
   * @param timeout read/write timeout
   */
  public record Mail(String host, Integer port, Security security, String username, String password, String from,
      String fromName, String replyTo, Duration connectTimeout, Duration timeout) {

    public Mail {
      security = security == null ? Security.NONE : security;
      port = port != null ? port : switch (security) {
        case NONE -> 25;
        case STARTTLS -> 587;
        case SSL -> 465;
      };
      from = from == null || from.isBlank() ? "openar@localhost" : from;
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
      timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    public boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * @param provider {@code log} (writes messages to the log, for development) or {@code http}
   * @param url HTTP provider endpoint
   * @param method HTTP method, default POST
   * @param headers extra request headers (e.g. an API key)
   * @param contentType request body type, default {@code application/json}; values are JSON-escaped for JSON bodies
   *     and URL-encoded for {@code application/x-www-form-urlencoded}
   * @param bodyTemplate request body with {@code {{to}}} and {@code {{text}}} placeholders
   * @param successStatuses HTTP statuses that mean accepted (default any 2xx)
   * @param timeout request timeout
   */
  public record Sms(String provider, String url, String method, Map<String, String> headers, String contentType,
      String bodyTemplate, List<Integer> successStatuses, Duration timeout) {

    public Sms {
      provider = provider == null || provider.isBlank() ? "log" : provider.trim().toLowerCase(java.util.Locale.ROOT);
      method = method == null || method.isBlank() ? "POST" : method.trim().toUpperCase(java.util.Locale.ROOT);
      headers = headers == null ? Map.of() : Map.copyOf(headers);
      contentType = contentType == null || contentType.isBlank() ? "application/json" : contentType;
      bodyTemplate = bodyTemplate == null ? "{\"to\":\"{{to}}\",\"text\":\"{{text}}\"}" : bodyTemplate;
      successStatuses = successStatuses == null ? List.of() : List.copyOf(successStatuses);
      timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
    }

    public boolean success(int status) {
      return successStatuses.isEmpty() ? status >= 200 && status < 300 : successStatuses.contains(status);
    }
  }
}
