package org.openar.cashapp.domain;

import java.util.List;

/**
 * What the engine said about a line the last time it was matched, kept with the line (JSONB) for the exception queue:
 * its status (AUTO, SUGGESTED, ON_ACCOUNT, UNMATCHED), the confidence of the best proposal, the ranked suggestions
 * (best first) and notes about the line as a whole (ambiguity, why an AUTO match was not posted).
 */
public record MatchRecord(String engineStatus, double confidence, List<Suggestion> suggestions,
    List<Suggestion.Explanation> notes) {

  public MatchRecord {
    suggestions = List.copyOf(suggestions);
    notes = List.copyOf(notes);
  }

  public Suggestion best() {
    return suggestions.isEmpty() ? null : suggestions.get(0);
  }

  public MatchRecord withNote(Suggestion.Explanation note) {
    List<Suggestion.Explanation> all = new java.util.ArrayList<>(notes);
    all.add(note);
    return new MatchRecord(engineStatus, confidence, suggestions, all);
  }
}
