package org.openar.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.money.Money;
import org.openar.shared.pdf.PdfRenderer;
import org.openar.shared.time.MutableClock;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The outbox against a real SMTP server (GreenMail) and a real HTTP SMS gateway (the JDK's HTTP server). */
@OpenArIntegrationTest
@RecordApplicationEvents
class OutboxDeliveryTest {

  static final int SMTP_PORT = freePort();
  static GreenMail smtp = startSmtp();
  static final AtomicInteger smsStatus = new AtomicInteger(200);
  static final List<String> smsBodies = new CopyOnWriteArrayList<>();
  static final HttpServer smsGateway = startSmsGateway();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("openar.clock.date", () -> "2026-11-22");
    registry.add("openar.notifications.mail.host", () -> "127.0.0.1");
    registry.add("openar.notifications.mail.port", () -> SMTP_PORT);
    registry.add("openar.notifications.mail.from", () -> "ar@openar.test");
    registry.add("openar.notifications.mail.from-name", () -> "应收账款部");
    registry.add("openar.notifications.mail.connect-timeout", () -> "2s");
    registry.add("openar.notifications.sms.provider", () -> "http");
    registry.add("openar.notifications.sms.url", () -> "http://127.0.0.1:" + smsGateway.getAddress().getPort() + "/sms");
    registry.add("openar.notifications.sms.headers.X-Api-Key", () -> "secret-key");
    registry.add("openar.notifications.retry.max-attempts", () -> "3");
  }

  @Autowired Notifications notifications;
  @Autowired NotificationTemplates templates;
  @Autowired PdfRenderer pdf;
  @Autowired Clock clock;
  @Autowired ApplicationEvents events;

  @AfterAll
  static void stopServers() {
    smtp.stop();
    smsGateway.stop(0);
  }

  @Test
  void deliversHtmlTextAndAChinesePdfAttachmentWithAChineseSubject() throws Exception {
    String key = template();
    byte[] statement = pdf.render("<h1>客户对账单</h1><p>应收账款余额 ¥12,345.60</p>", I18nConfig.ZH_CN);
    MessageId id = notifications.enqueue(request(key, "EMAIL", "li.lei@example.com", I18nConfig.ZH_CN)
        .withRecipientName("李雷").withAttachments(List.of(Attachment.pdf("对账单-2026年11月.pdf", statement))));

    SendReport report = notifications.sendPending();

    assertThat(report.sent()).isGreaterThanOrEqualTo(1);
    MimeMessage mail = only("li.lei@example.com");
    assertThat(mail.getSubject()).isEqualTo("付款提醒：上海示例贸易有限公司");
    assertThat(mail.getFrom()[0].toString()).contains("ar@openar.test");
    Multipart mixed = (Multipart) mail.getContent();
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getContentType()).startsWith("multipart/alternative");
    assertThat((String) alternative.getBodyPart(0).getContent()).contains("尊敬的 上海示例贸易有限公司", "¥1,000.50");
    assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat((String) alternative.getBodyPart(1).getContent()).contains("<b>¥1,000.50</b>", "A&amp;B");
    BodyPart attachment = mixed.getBodyPart(1);
    assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
    assertThat(attachment.getFileName()).isEqualTo("对账单-2026年11月.pdf");
    try (var doc = Loader.loadPDF(attachment.getInputStream().readAllBytes())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("客户对账单", "应收账款余额");
    }
    MessageView view = notifications.status(id);
    assertThat(view.status()).isEqualTo(MessageStatus.SENT);
    assertThat(view.templateVersion()).isEqualTo(1);
    assertThat(events.stream(MessageSent.class)).anyMatch(e -> e.id().equals(id));
    assertThat(notifications.detail(id).attempts()).extracting(MessageDetail.DeliveryAttempt::outcome).containsExactly("SENT");
  }

  @Test
  void anSmtpOutageLeavesTheMessageQueuedUntilTheServerIsBackThenSendsItOnce() throws Exception {
    String key = template();
    notifications.sendPending(); // an outage costs one attempt per pass: let ours be the only one due
    smtp.stop();
    MessageId id;
    try {
      id = notifications.enqueue(request(key, "EMAIL", "outage@example.com", Locale.ENGLISH));
      SendReport report = notifications.sendPending();

      assertThat(report.sent()).isZero();
      MessageView queued = notifications.status(id);
      assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);
      assertThat(queued.attempts()).isEqualTo(1);
      assertThat(queued.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
      assertThat(queued.lastError()).isNotBlank();
      notifications.sendPending();
      assertThat(notifications.status(id).attempts()).as("not due again before its backoff").isEqualTo(1);
    } finally {
      smtp = startSmtp();
    }
    ((MutableClock) clock).advance(Duration.ofMinutes(1));
    notifications.sendPending();
    notifications.sendPending();

    assertThat(notifications.status(id).status()).isEqualTo(MessageStatus.SENT);
    assertThat(received("outage@example.com")).hasSize(1);
    assertThat(only("outage@example.com").getSubject()).isEqualTo("Payment reminder: Shanghai Example Trading");
    assertThat(notifications.detail(id).attempts()).extracting(MessageDetail.DeliveryAttempt::outcome)
        .containsExactly("RETRY", "SENT");
  }

  @Test
  void concurrentSendingPassesNeverSendAMessageTwice() throws Exception {
    String key = template();
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<MessageId> ids = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      ids.add(notifications.enqueue(request(key, "EMAIL", "c" + i + "-" + run + "@example.com", Locale.ENGLISH)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<SendReport>> passes = pool.invokeAll(List.of(notifications::sendPending, notifications::sendPending));
      int sent = 0;
      for (Future<SendReport> pass : passes) {
        sent += pass.get().sent();
      }
      assertThat(sent).isGreaterThanOrEqualTo(24);
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < 24; i++) {
      assertThat(received("c" + i + "-" + run + "@example.com")).as("mails to recipient %d", i).hasSize(1);
      assertThat(notifications.status(ids.get(i)).status()).isEqualTo(MessageStatus.SENT);
    }
  }

  @Test
  void theSameKeyTwiceIsOneMessage() {
    String key = template();
    MessageRequest r = request(key, "EMAIL", "twice@example.com", Locale.ENGLISH);
    MessageId first = notifications.enqueue(r);
    MessageId second = notifications.enqueue(r);

    assertThat(second).isEqualTo(first);
    assertThat(notifications.search(new MessageQuery(null, null, null, null, null, null, r.idempotencyKey(), null, null),
        org.openar.shared.paging.PageQuery.of(0, 10)).total()).isEqualTo(1);
  }

  @Test
  void suppressedAddressesAreNotContactedAndQueuedMessagesCanBeCancelled() throws Exception {
    String key = template();
    notifications.suppress(Channel.EMAIL, "Opted.Out@Example.com", "customer asked by phone 2026-11-20");
    MessageId suppressed = notifications.enqueue(request(key, "EMAIL", "opted.out@example.com", Locale.ENGLISH));
    MessageId cancelled = notifications.enqueue(request(key, "EMAIL", "cancel.me@example.com", Locale.ENGLISH));
    notifications.cancel(cancelled, "wrong contact");

    notifications.sendPending();

    assertThat(notifications.status(suppressed).status()).isEqualTo(MessageStatus.SUPPRESSED);
    assertThat(notifications.status(suppressed).lastError()).contains("customer asked by phone");
    assertThat(events.stream(MessageFailed.class)).anyMatch(e -> e.id().equals(suppressed)
        && e.status() == MessageStatus.SUPPRESSED);
    assertThat(notifications.status(cancelled).status()).isEqualTo(MessageStatus.CANCELLED);
    assertThat(received("opted.out@example.com")).isEmpty();
    assertThat(received("cancel.me@example.com")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.cancel(suppressed, null))
        .hasMessageContaining("NOTIFICATIONS_NOT_CANCELLABLE");
  }

  @Test
  void smsGoesThroughTheHttpGatewayAndIsRetriedWhenItFails() {
    String key = template();
    smsStatus.set(503);
    MessageId id = notifications.enqueue(request(key, "SMS", "+86 138-0013-8000", I18nConfig.ZH_CN));
    notifications.sendPending();
    assertThat(notifications.status(id).status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(notifications.status(id).lastError()).contains("503");

    smsStatus.set(200);
    ((MutableClock) clock).advance(Duration.ofMinutes(1));
    notifications.sendPending();

    assertThat(notifications.status(id).status()).isEqualTo(MessageStatus.SENT);
    assertThat(smsBodies).anyMatch(b -> b.contains("\"to\":\"+8613800138000\"")
        && b.contains("上海示例贸易有限公司") && b.contains("\\\"VIP\\\""));

    smsStatus.set(400);
    MessageId rejected = notifications.enqueue(request(key, "SMS", "13900139000", I18nConfig.ZH_CN));
    notifications.sendPending();
    assertThat(notifications.status(rejected).status()).as("4xx is permanent").isEqualTo(MessageStatus.FAILED);
    smsStatus.set(200);
  }

  private String template() {
    String key = "test.reminder." + UUID.randomUUID().toString().substring(0, 8);
    List<TemplateVariable> vars = List.of(
        TemplateVariable.object("customer", TemplateVariable.of("name", VariableType.TEXT, "上海示例贸易有限公司")),
        TemplateVariable.of("total", VariableType.MONEY, "1000.50 CNY"),
        TemplateVariable.of("tag", VariableType.TEXT, "VIP"));
    TemplateTexts zh = TemplateTexts.email("付款提醒：{{customer.name}}",
        "<p>尊敬的 {{customer.name}}：</p><p>逾期金额 <b>{{total|money}}</b>（{{tag}}）</p>", null)
        .withSms("【应收】{{customer.name}} 逾期 {{total|money}} \"{{tag}}\"");
    TemplateTexts en = TemplateTexts.email("Payment reminder: {{customer.name}}",
        "<p>Dear {{customer.name}},</p><p>Overdue <b>{{total|money}}</b> ({{tag}})</p>", null)
        .withSms("{{customer.name}} owes {{total|money}} \"{{tag}}\"");
    templates.create(key, new TemplateDraft("test", vars, Map.of("zh-CN", zh, "en", en), null));
    return key;
  }

  private static MessageRequest request(String key, String channel, String to, Locale language) {
    boolean zh = language.equals(I18nConfig.ZH_CN);
    Map<String, Object> vars = Map.of(
        "customer", Map.of("name", zh ? "上海示例贸易有限公司" : "Shanghai Example Trading"),
        "total", Money.of("1000.50", "CNY"), "tag", channel.equals("SMS") ? "\"VIP\"" : "A&B");
    return MessageRequest.of("test:" + UUID.randomUUID() + ":" + channel, Channel.valueOf(channel), to, language, key, vars);
  }

  private static List<MimeMessage> received(String recipient) throws Exception {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient))) {
        out.add(m);
      }
    }
    return out;
  }

  private static MimeMessage only(String recipient) throws Exception {
    List<MimeMessage> messages = received(recipient);
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private static GreenMail startSmtp() {
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  private static HttpServer startSmsGateway() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/sms", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = "secret-key".equals(exchange.getRequestHeaders().getFirst("X-Api-Key")) ? smsStatus.get() : 401;
        if (status == 200) {
          smsBodies.add(body);
        }
        byte[] answer = "{\"id\":\"sms-1\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
