package org.openar.integration.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which file column feeds which field from the header texts, in English and Chinese: an exact match of the
 * normalised header with a field's name or one of its words wins, then a header that contains such a word (the
 * longest word first: "invoice amount" beats "amount"). Each column feeds one field and each field one column; the
 * user sees and edits the guess before importing.
 */
public final class HeaderGuesser {

  private HeaderGuesser() {}

  /** Lower case, full-width forms folded, without spaces, punctuation and required-field stars. */
  public static String normalize(String header) {
    if (header == null) {
      return "";
    }
    String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** header → field for the columns that could be matched, in header order. */
  public static Map<String, String> guess(Schema schema, List<String> headers) {
    record Candidate(int column, Field field, int score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int c = 0; c < headers.size(); c++) {
      String h = normalize(headers.get(c));
      if (h.isEmpty()) {
        continue;
      }
      for (Field f : schema.fields()) {
        int score = score(h, f);
        if (score > 0) {
          candidates.add(new Candidate(c, f, score));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::column));
    Set<Integer> usedColumns = new HashSet<>();
    Set<String> usedFields = new HashSet<>();
    Map<Integer, String> chosen = new java.util.TreeMap<>();
    for (Candidate k : candidates) {
      if (!usedColumns.contains(k.column()) && !usedFields.contains(k.field().name())) {
        usedColumns.add(k.column());
        usedFields.add(k.field().name());
        chosen.put(k.column(), k.field().name());
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    chosen.forEach((c, f) -> out.put(headers.get(c), f));
    return out;
  }

  private static int score(String header, Field f) {
    int best = header.equals(normalize(f.name())) ? 1000 : 0;
    for (String word : f.synonyms()) {
      String w = normalize(word);
      if (header.equals(w)) {
        best = Math.max(best, 500 + w.length());
      } else if (w.length() >= minContained(w) && header.contains(w)) {
        best = Math.max(best, 100 + w.length() * 10 - (header.length() - w.length()));
      }
    }
    return best;
  }

  /** Two Chinese characters carry a word ("金额"); Latin words need four letters before they count inside a header. */
  private static int minContained(String word) {
    return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) ? 2 : 4;
  }
}
