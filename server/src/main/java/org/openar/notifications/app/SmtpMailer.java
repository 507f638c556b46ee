package org.openar.notifications.app;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.stereotype.Component;

/**
 * SMTP with Angus Mail. A {@link Connection} lives for one sending pass so a batch reuses one SMTP session; any error
 * closes it, and the next message reconnects. Failures are classified: 5xx replies and rejected addresses are
 * permanent, 4xx replies are retried, and an unreachable server or failed login marks the channel down for the pass.
 */
@Component
public class SmtpMailer {

  /**
   * Jakarta Mail 2.1 looks its StreamProvider up with a fresh ServiceLoader on every MimeBodyPart and every header
   * it encodes (jakartaee/mail-api#699, #861); in the Spring Boot jar that scan was two thirds of the CPU of sending
   * (JFR, bench dunning). The finder checks this system property first, so naming the provider skips the scan.
   */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    System.getProperties().putIfAbsent(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private final NotificationsProperties.Mail config;
  private final Session session;

  public SmtpMailer(NotificationsProperties properties) {
    this.config = properties.mail();
    this.session = Session.getInstance(sessionProperties(config));
  }

  public Session session() {
    return session;
  }

  public NotificationsProperties.Mail config() {
    return config;
  }

  public Connection connection() {
    return new Connection();
  }

  static Properties sessionProperties(NotificationsProperties.Mail c) {
    String p = c.security() == NotificationsProperties.Security.SSL ? "mail.smtps." : "mail.smtp.";
    Properties props = new Properties();
    props.put("mail.mime.charset", "UTF-8");
    props.put(p + "host", c.host() == null ? "" : c.host());
    props.put(p + "port", String.valueOf(c.port()));
    props.put(p + "auth", String.valueOf(c.username() != null && !c.username().isBlank()));
    props.put(p + "connectiontimeout", String.valueOf(c.connectTimeout().toMillis()));
    props.put(p + "timeout", String.valueOf(c.timeout().toMillis()));
    props.put(p + "writetimeout", String.valueOf(c.timeout().toMillis()));
    props.put(p + "from", c.from());
    if (c.security() == NotificationsProperties.Security.STARTTLS) {
      props.put(p + "starttls.enable", "true");
      props.put(p + "starttls.required", "true");
    }
    if (c.security() != NotificationsProperties.Security.NONE) {
      props.put(p + "ssl.checkserveridentity", "true");
    }
    return props;
  }

  /** One SMTP session, opened on first use. */
  public final class Connection implements AutoCloseable {

    private Transport transport;

    public String send(MimeMessage message) throws DeliveryException {
      if (!config.configured()) {
        throw DeliveryException.unreachable("SMTP not configured (openar.notifications.mail.host)", null);
      }
      try {
        open();
        transport.sendMessage(message, message.getAllRecipients());
        return "accepted by " + config.host() + ":" + config.port();
      } catch (MessagingException e) {
        close();
        throw classify(e);
      }
    }

    private void open() throws MessagingException {
      if (transport != null && transport.isConnected()) {
        return;
      }
      transport = session.getTransport(config.security() == NotificationsProperties.Security.SSL ? "smtps" : "smtp");
      boolean auth = config.username() != null && !config.username().isBlank();
      transport.connect(config.host(), config.port(), auth ? config.username() : null, auth ? config.password() : null);
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the connection is gone either way
        }
        transport = null;
      }
    }
  }

  static DeliveryException classify(MessagingException e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (e instanceof SMTPAddressFailedException a) {
      return a.getReturnCode() >= 500 ? DeliveryException.permanent(text, e) : DeliveryException.transientFailure(text, e);
    }
    if (e instanceof SMTPSendFailedException s) {
      return s.getReturnCode() >= 500 ? DeliveryException.permanent(text, e) : DeliveryException.transientFailure(text, e);
    }
    if (e instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0) {
      Exception next = s.getNextException();
      return next instanceof MessagingException m ? classify(m) : DeliveryException.permanent(text, e);
    }
    if (e instanceof AuthenticationFailedException || e.getCause() instanceof IOException
        || e.getClass().getSimpleName().equals("MailConnectException")) {
      return DeliveryException.unreachable(text, e);
    }
    return DeliveryException.transientFailure(text, e);
  }
}
