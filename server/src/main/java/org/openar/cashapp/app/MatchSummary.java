package org.openar.cashapp.app;

/**
 * What a matching run did with the queued receipts it looked at: posted on its own ({@code autoPosted}), left in the
 * queue with suggestions or without ({@code suggested}, {@code unmatched}), of which {@code notPosted} the engine was
 * sure about but the ledger refused or kept busy; {@code skipped} were resolved by someone else meanwhile.
 */
public record MatchSummary(int lines, int autoPosted, int suggested, int unmatched, int notPosted, int skipped,
    long millis) {

  public static final MatchSummary NONE = new MatchSummary(0, 0, 0, 0, 0, 0, 0);

  public int queued() {
    return suggested + unmatched;
  }

  public MatchSummary plus(MatchSummary o) {
    return new MatchSummary(lines + o.lines, autoPosted + o.autoPosted, suggested + o.suggested,
        unmatched + o.unmatched, notPosted + o.notPosted, skipped + o.skipped, millis + o.millis);
  }
}
