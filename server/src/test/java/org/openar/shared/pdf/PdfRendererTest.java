package org.openar.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openar.shared.i18n.I18nConfig;

class PdfRendererTest {

  private final PdfRenderer renderer = new PdfRenderer();

  @Test
  void chineseTextIsRenderedWithTheEmbeddedFontAndCanBeExtracted() throws IOException {
    byte[] pdf = renderer.render(new PdfDocument("对账单", "上海示例贸易有限公司", statement(80), null, I18nConfig.ZH_CN));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("客户对账单", "应收账款余额", "上海示例贸易有限公司", "Invoice INV-2026-000001");
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(text).contains("第 1 页 / 共 " + doc.getNumberOfPages() + " 页");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("对账单");
      List<PDFont> fonts = fonts(doc);
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
      assertThat(fonts).extracting(PDFont::getName)
          .anyMatch(n -> n.endsWith("+NotoSansSC-Regular"))
          .anyMatch(n -> n.endsWith("+NotoSansSC-Bold"));
    }
  }

  @Test
  void pagesAreA4WithAnEnglishFooter() throws IOException {
    byte[] pdf = renderer.render(statement(80), Locale.ENGLISH);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Page 1 of " + doc.getNumberOfPages()).doesNotContain("第 1 页");
      assertThat(text).contains("客户对账单");
    }
  }

  @Test
  void escapedUntrustedTextStaysText() throws IOException {
    String evil = "<b>Acme</b> & <script>alert(1)</script> 客户";
    byte[] pdf = renderer.render("<p>Customer: " + Html.escape(evil) + "</p>", Locale.ENGLISH);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("<b>Acme</b> & <script>alert(1)</script> 客户");
    }
    assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void documentsNeverFetchUrls() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      byte[] pdf = renderer.render("<html><head><link rel=\"stylesheet\" href=\"" + base + "/s.css\"></head><body>"
          + "<p>内部</p><img src=\"" + base + "/logo.png\"><img src=\"file:///etc/passwd\"></body></html>", Locale.ENGLISH);
      assertThat(pdf).isNotEmpty();
    } finally {
      server.stop(0);
    }
    assertThat(requests).hasValue(0);
  }

  @Test
  void batchesKeepEveryDocumentsPages() throws IOException {
    byte[] one = renderer.render("<p>第一封信</p>", I18nConfig.ZH_CN);
    byte[] two = renderer.render(statement(80), Locale.ENGLISH);

    byte[] batch = renderer.merge(List.of(one, two));

    try (PDDocument a = Loader.loadPDF(two); PDDocument doc = Loader.loadPDF(batch)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1 + a.getNumberOfPages());
      PDFTextStripper first = new PDFTextStripper();
      first.setEndPage(1);
      assertThat(first.getText(doc)).contains("第一封信", "第 1 页 / 共 1 页");
    }
  }

  private static String statement(int rows) {
    StringBuilder html = new StringBuilder("<h1>客户对账单 Statement of account</h1><p>应收账款余额：<b>¥12,345.60</b></p>"
        + "<table><tr><th>单据</th><th class=\"num\">金额</th></tr>");
    for (int i = 1; i <= rows; i++) {
      html.append("<tr><td>Invoice INV-2026-%06d 发票</td><td class=\"num\">1,000.00</td></tr>".formatted(i));
    }
    return html.append("</table>").toString();
  }

  private static List<PDFont> fonts(PDDocument doc) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
    }
    return fonts;
  }
}
