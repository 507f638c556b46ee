package org.openar.cashapp.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openar.cashapp.domain.FeeTolerance;
import org.openar.cashapp.matching.MatchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of cash application ({@code openar.cashapp.*}; README lists every key).
 *
 * @param matching the engine's knobs and whether confident matches are posted without a person
 * @param posting retries of automatic postings that find a ledger item busy
 * @param folders watched import folders, one per company code
 */
@ConfigurationProperties("openar.cashapp")
public record CashappProperties(Matching matching, Posting posting, Folders folders) {

  public CashappProperties {
    matching = matching == null ? new Matching(null, null, null, null, null, null, null, null) : matching;
    posting = posting == null ? new Posting(null, null, null) : posting;
    folders = folders == null ? new Folders(null, null, null) : folders;
  }

  /**
   * @param autoThreshold confidence (0.5..1] from which a match is posted automatically (default 0.95)
   * @param autoPost false keeps every line in the exception queue, however confident
   */
  public record Matching(Double autoThreshold, Double ambiguityMargin, BigDecimal feeTolerance,
      BigDecimal feeTolerancePercent, BigDecimal fxTolerancePercent, Integer subsetMaxItems, Integer subsetMaxSize,
      Boolean autoPost) {

    public MatchSettings settings() {
      MatchSettings d = MatchSettings.DEFAULTS;
      return new MatchSettings(autoThreshold == null ? d.autoThreshold() : autoThreshold,
          ambiguityMargin == null ? d.ambiguityMargin() : ambiguityMargin,
          feeTolerance == null ? d.feeTolerance() : feeTolerance,
          feeTolerancePercent == null ? d.feeTolerancePercent() : feeTolerancePercent,
          fxTolerancePercent == null ? d.fxTolerancePercent() : fxTolerancePercent,
          subsetMaxItems == null ? d.subsetMaxItems() : subsetMaxItems,
          subsetMaxSize == null ? d.subsetMaxSize() : subsetMaxSize);
    }

    public FeeTolerance feeToleranceLimits() {
      MatchSettings s = settings();
      return new FeeTolerance(s.feeTolerance(), s.feeTolerancePercent());
    }

    public boolean autoPosting() {
      return autoPost == null || autoPost;
    }
  }

  /** @param maxAttempts tries of one automatic posting while ledger items are busy (default 8) */
  public record Posting(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    public Posting {
      maxAttempts = maxAttempts == null ? 8 : Math.max(1, maxAttempts);
      initialBackoff = initialBackoff == null ? Duration.ofMillis(20) : initialBackoff;
      maxBackoff = maxBackoff == null ? Duration.ofSeconds(1) : maxBackoff;
    }
  }

  /**
   * @param companies company code to the directory watched for its statement files
   * @param pollInterval how often the folders are scanned besides file-system notifications (default 10s)
   * @param settleTime a file is imported once it has not changed for this long (default 2s): still being copied
   */
  public record Folders(Map<String, Path> companies, Duration pollInterval, Duration settleTime) {
    public Folders {
      companies = companies == null ? Map.of() : Map.copyOf(companies);
      pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
      settleTime = settleTime == null ? Duration.ofSeconds(2) : settleTime;
    }
  }
}
