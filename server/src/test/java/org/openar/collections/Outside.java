package org.openar.collections;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The world outside OpenAR in collections tests: a real SMTP server (GreenMail) and an HTTP SMS gateway, with a log
 * of what each delivered on which (simulated) day, PDFs already turned into their text.
 */
final class Outside implements AutoCloseable {

  record Delivery(LocalDate day, String channel, String to, String subject, String body,
      Map<String, String> attachments) {}

  final int smtpPort = freePort();
  private GreenMail smtp = startSmtp();
  private final HttpServer sms = startSms();
  private final List<String> smsBodies = new CopyOnWriteArrayList<>();
  /** Per Message-ID, how many copies this SMTP server has delivered to the log (its store is not in arrival order). */
  private final java.util.Map<String, Integer> mailsSeen = new java.util.HashMap<>();
  private int smsSeen;
  final List<Delivery> log = new ArrayList<>();

  String smsUrl() {
    return "http://127.0.0.1:" + sms.getAddress().getPort() + "/sms";
  }

  void smtpDown() {
    smtp.stop();
  }

  void smtpUp() {
    smtp = startSmtp();
    mailsSeen.clear();
  }

  /** Moves everything delivered since the last call into the log under {@code day}. */
  List<Delivery> collect(LocalDate day) throws Exception {
    List<Delivery> fresh = new ArrayList<>();
    java.util.Map<String, Integer> copies = new java.util.HashMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String id = m.getMessageID() + "|" + m.getAllRecipients()[0];
      int copy = copies.merge(id, 1, Integer::sum);
      if (copy > mailsSeen.getOrDefault(id, 0)) {
        fresh.add(mail(day, m));
        mailsSeen.put(id, copy);
      }
    }
    for (int i = smsSeen; i < smsBodies.size(); i++) {
      String b = smsBodies.get(i);
      String to = b.replaceAll("(?s).*\"to\":\"([^\"]*)\".*", "$1");
      String text = b.replaceAll("(?s).*\"text\":\"(.*)\"}.*", "$1");
      fresh.add(new Delivery(day, "SMS", to, null, text, Map.of()));
    }
    smsSeen = smsBodies.size();
    log.addAll(fresh);
    return fresh;
  }

  List<Delivery> to(String recipient) {
    return log.stream().filter(d -> d.to().equalsIgnoreCase(recipient)).toList();
  }

  private static Delivery mail(LocalDate day, MimeMessage m) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    walk(m, body, files);
    return new Delivery(day, "EMAIL", m.getAllRecipients()[0].toString().replaceAll(".*<(.*)>.*", "$1"),
        m.getSubject(), body.toString(), files);
  }

  private static void walk(Part p, StringBuilder body, Map<String, String> files) throws Exception {
    if (p.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) p.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        walk(mp.getBodyPart(i), body, files);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
      byte[] bytes = p.getInputStream().readAllBytes();
      files.put(((BodyPart) p).getFileName(), pdfText(bytes));
    } else if (p.isMimeType("text/*")) {
      body.append(p.getContent()).append('\n');
    }
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private GreenMail startSmtp() {
    GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  private HttpServer startSms() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/sms", exchange -> {
        smsBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] answer = "{\"id\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
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

  @Override
  public void close() {
    smtp.stop();
    sms.stop(0);
  }
}
