package org.openar.invoicing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openar.shared.i18n.Locales;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Files the API hands out: PDFs and CSV exports, named for download. */
@Component
class DocumentFiles {

  /** Writes at most {@code limit} rows to {@code out}, returns how many. */
  interface CsvWriter {
    int write(OutputStream out, int limit) throws IOException;
  }

  /** The language asked for ({@code zh-CN}, {@code en}), else the request's. */
  static Locale locale(String lang) {
    return lang == null || lang.isBlank() ? locale() : Locales.fromTag(lang);
  }

  static Locale locale() {
    return Locales.normalize(LocaleContextHolder.getLocale());
  }

  static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(pdf);
  }

  /**
   * Streams a CSV straight to the response. The filters are checked before the first byte is written, and the file's
   * headers are set only then, so a refused export is still an ordinary problem+json answer.
   */
  void csv(HttpServletResponse response, String name, int limit, CsvWriter writer) throws IOException {
    LazyOutput out = new LazyOutput(response, name + ".csv");
    writer.write(out, limit);
    out.flush();
  }

  /** Becomes the response's body (with type and file name) only when the first byte is written. */
  private static final class LazyOutput extends OutputStream {
    private final HttpServletResponse response;
    private final String filename;
    private OutputStream out;

    LazyOutput(HttpServletResponse response, String filename) {
      this.response = response;
      this.filename = filename;
    }

    private OutputStream out() throws IOException {
      if (out == null) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(filename, StandardCharsets.UTF_8).build().toString());
        out = response.getOutputStream();
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out().flush();
    }
  }
}
