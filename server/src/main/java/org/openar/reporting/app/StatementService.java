package org.openar.reporting.app;

import java.time.LocalDate;
import java.util.Locale;
import org.openar.customers.CustomerId;
import org.openar.reporting.StatementDocument;
import org.openar.reporting.Statements;
import org.openar.shared.pdf.PdfRenderer;
import org.springframework.stereotype.Service;

/** Statements of account as data or as a PDF. */
@Service
public class StatementService implements Statements {

  private final StatementComposer composer;
  private final StatementHtml html;
  private final PdfRenderer pdf;

  public StatementService(StatementComposer composer, StatementHtml html, PdfRenderer pdf) {
    this.composer = composer;
    this.html = html;
    this.pdf = pdf;
  }

  @Override
  public StatementDocument statement(CustomerId customer, LocalDate from, LocalDate to) {
    return composer.compose(customer, from, to);
  }

  @Override
  public byte[] statementPdf(CustomerId customer, LocalDate from, LocalDate to, Locale locale) {
    return pdf.render(html.document(composer.compose(customer, from, to), locale));
  }
}
