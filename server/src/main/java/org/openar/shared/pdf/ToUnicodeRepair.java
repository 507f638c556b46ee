package org.openar.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes Chinese text in our PDFs copy, search and extract as the characters that were written. In Noto Sans SC a common
 * ideograph and its radical share one glyph (页 U+9875 and ⻚ U+2EDA, 一 and ⼀); PDFBox writes the lowest code point of
 * a glyph into the ToUnicode map, so 页 would come back as ⻚ (PDFBOX pull request 470). This rewrites those entries of
 * the embedded fonts' ToUnicode maps to the unified ideograph the font also maps to that glyph.
 */
final class ToUnicodeRepair {

  private ToUnicodeRepair() {}

  static byte[] repair(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      boolean changed = false;
      for (COSObject object : doc.getDocument().getObjectsByType(COSName.FONT)) {
        if (object.getObject() instanceof COSDictionary dict && COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE))) {
          changed |= repair(doc, dict);
        }
      }
      if (!changed) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static boolean repair(PDDocument doc, COSDictionary dict) throws IOException {
    PDType0Font font = new PDType0Font(dict);
    Map<Integer, Integer> preferred = Preferred.forFont(font.getBaseFont());
    if (preferred == null) {
      return false;
    }
    SortedMap<Integer, String> map = new TreeMap<>();
    boolean ambiguous = false;
    for (int cid : usedCids(dict)) {
      String unicode = font.toUnicode(cid);
      Integer better = preferred.get(cid); // our subsets keep the font's glyph ids as CIDs
      if (better != null) {
        unicode = Character.toString(better);
        ambiguous = true;
      }
      if (unicode != null) {
        map.put(cid, unicode);
      }
    }
    if (!ambiguous) {
      return false;
    }
    COSStream stream = doc.getDocument().createCOSStream();
    try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
      os.write(cmap(map).getBytes(StandardCharsets.US_ASCII));
    }
    dict.setItem(COSName.TO_UNICODE, stream);
    return true;
  }

  /**
   * The CIDs the subset contains, from the descendant font's CIDToGIDMap (two bytes per CID, zero where unused); the
   * widths array cannot tell, it omits every glyph of the default width, which is nearly every ideograph.
   */
  private static List<Integer> usedCids(COSDictionary type0) throws IOException {
    COSArray descendants = type0.getCOSArray(COSName.DESCENDANT_FONTS);
    COSDictionary cidFont = (COSDictionary) descendants.getObject(0);
    List<Integer> cids = new ArrayList<>();
    if (cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map) {
      byte[] bytes;
      try (InputStream in = map.createInputStream()) {
        bytes = in.readAllBytes();
      }
      for (int cid = 1; 2 * cid + 1 < bytes.length; cid++) {
        if (bytes[2 * cid] != 0 || bytes[2 * cid + 1] != 0) {
          cids.add(cid);
        }
      }
    }
    return cids;
  }

  private static String cmap(SortedMap<Integer, String> map) {
    StringBuilder s = new StringBuilder("""
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        """);
    List<Map.Entry<Integer, String>> entries = List.copyOf(map.entrySet());
    for (int from = 0; from < entries.size(); from += 100) {
      List<Map.Entry<Integer, String>> chunk = entries.subList(from, Math.min(entries.size(), from + 100));
      s.append(chunk.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> e : chunk) {
        s.append("<%04X> <%s>%n".formatted(e.getKey(), utf16Hex(e.getValue())));
      }
      s.append("endbfchar\n");
    }
    return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
  }

  private static String utf16Hex(String text) {
    StringBuilder hex = new StringBuilder();
    for (char c : text.toCharArray()) {
      hex.append("%04X".formatted((int) c));
    }
    return hex.toString();
  }

  /** Per embedded font: glyph id to the unified ideograph to report where the lowest code point is something else. */
  private static final class Preferred {
    static final Map<Integer, Integer> REGULAR = build(PdfRenderer.Fonts.REGULAR);
    static final Map<Integer, Integer> BOLD = build(PdfRenderer.Fonts.BOLD);

    static Map<Integer, Integer> forFont(String baseFont) {
      if (baseFont == null) {
        return null;
      }
      if (baseFont.endsWith("+NotoSansSC-Regular")) {
        return REGULAR;
      }
      return baseFont.endsWith("+NotoSansSC-Bold") ? BOLD : null;
    }

    private static Map<Integer, Integer> build(byte[] ttf) {
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Map<Integer, Integer> preferred = new HashMap<>();
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
          List<Integer> codes = cmap.getCharCodes(gid);
          if (codes != null && codes.size() > 1 && !unified(codes.get(0))) {
            int glyph = gid;
            codes.stream().filter(ToUnicodeRepair::unified).findFirst().ifPresent(cp -> preferred.put(glyph, cp));
          }
        }
        return Map.copyOf(preferred);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static boolean unified(int cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x20000 && cp <= 0x3FFFF && !(cp >= 0x2F800 && cp <= 0x2FA1F));
  }
}
