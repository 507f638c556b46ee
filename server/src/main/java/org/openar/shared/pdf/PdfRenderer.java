package org.openar.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Locales;
import org.springframework.stereotype.Component;

/**
 * HTML to PDF (A4) with the Noto Sans SC font shipped inside the jar, so Chinese renders on a machine without any CJK
 * font installed. Lenient about the HTML (parsed like a browser would, so {@code <br>} and {@code &nbsp;} work) and
 * strict about the outside world: a document may only use {@code data:} URIs, never fetch a URL or read a file, so a
 * template cannot be turned into a request forger. Thread-safe; each call builds its own renderer.
 */
@Component
public class PdfRenderer {

  /** The CSS font family of the embedded font; documents need not name it, it is the default and the fallback. */
  public static final String FONT_FAMILY = "Noto Sans SC";

  private static final Set<FSFontUseCase> FONT_USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
  private static final BiPredicate<String, ExternalResourceType> ONLY_DATA_URIS =
      (uri, type) -> uri != null && uri.startsWith("data:");

  /** Renders an HTML fragment or document with the default layout and the page footer in {@code locale}. */
  public byte[] render(String html, Locale locale) {
    return render(PdfDocument.of(html, locale));
  }

  public byte[] render(PdfDocument document) {
    org.w3c.dom.Document dom = W3CDom.convert(prepare(document));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("OpenAR");
    builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, FONT_USES);
    builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, FONT_USES);
    builder.useExternalResourceAccessControl(ONLY_DATA_URIS, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(ONLY_DATA_URIS, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withW3cDocument(dom, "about:blank");
    builder.toStream(out);
    try {
      builder.run();
      return ToUnicodeRepair.repair(out.toByteArray());
    } catch (IOException | RuntimeException e) {
      throw new OpenArException(PdfError.PDF_RENDERING_FAILED, String.valueOf(e.getMessage()));
    }
  }

  /** Concatenates PDFs into one (a print batch); each part keeps its own pages and page numbers. */
  public byte[] merge(List<byte[]> pdfs) {
    PDFMergerUtility merger = new PDFMergerUtility();
    for (byte[] pdf : pdfs) {
      merger.addSource(new RandomAccessReadBuffer(pdf));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merger.setDestinationStream(out);
    try {
      merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      throw new OpenArException(PdfError.PDF_MERGE_FAILED, String.valueOf(e.getMessage()));
    }
    return out.toByteArray();
  }

  private static Document prepare(PdfDocument d) {
    Document doc = Jsoup.parse(d.bodyHtml());
    Locale locale = Locales.normalize(d.locale());
    doc.selectFirst("html").attr("lang", Locales.tag(locale));
    // the defaults go first so the document's own styles win
    doc.head().prependElement("style").appendText(PageStyle.css(locale));
    if (d.css() != null && !d.css().isBlank()) {
      doc.head().appendElement("style").appendText(d.css());
    }
    if (d.title() != null && !d.title().isBlank()) {
      doc.title(d.title());
    }
    if (d.headerHtml() != null && !d.headerHtml().isBlank()) {
      // a running element must precede the content it repeats over
      Element header = doc.body().prependElement("div").id(PageStyle.HEADER_ID);
      header.html(d.headerHtml());
    }
    return doc;
  }

  /** The font files, read once: about 10 MB each, parsed by PDFBox per document and subset into it. */
  static final class Fonts {
    static final byte[] REGULAR = load("/fonts/NotoSansSC-Regular.ttf");
    static final byte[] BOLD = load("/fonts/NotoSansSC-Bold.ttf");

    private static byte[] load(String path) {
      try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("font " + path + " is missing from the class path");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
