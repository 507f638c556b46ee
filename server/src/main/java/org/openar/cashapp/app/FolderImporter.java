package org.openar.cashapp.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openar.cashapp.app.ImportOutcome.StatementOutcome;
import org.openar.customers.CompanyId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass over a company's import folder: every statement file that has stopped changing is claimed (moved into
 * {@code .processing/}, atomically, so two nodes never take the same file), imported and matched, then moved to
 * {@code processed/} with a {@code .result.txt}, or to {@code failed/} with a {@code .error.txt} naming the reason in
 * English and Chinese. Hidden files and {@code .tmp}/{@code .part} files (still being written) are left alone.
 */
@Component
public class FolderImporter {

  private static final Logger log = LoggerFactory.getLogger(FolderImporter.class);
  private static final List<String> INCOMPLETE = List.of(".tmp", ".part", ".partial", ".crdownload", ".filepart");

  /** The files of one pass, by name. */
  public record Pass(List<String> processed, List<String> failed) {}

  private final CashImports imports;
  private final Messages messages;
  private final Clock clock;

  public FolderImporter(CashImports imports, Messages messages, Clock clock) {
    this.imports = imports;
    this.messages = messages;
    this.clock = clock;
  }

  public Pass scan(CompanyId company, Path dir, Duration settle) throws IOException {
    Path processing = Files.createDirectories(dir.resolve(".processing"));
    recoverAbandoned(processing, dir);
    Files.createDirectories(dir.resolve("processed"));
    Files.createDirectories(dir.resolve("failed"));
    List<String> done = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Path file : ready(dir, settle)) {
      Path claimed = processing.resolve(file.getFileName());
      try {
        Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException e) {
        continue; // another node took it
      }
      (process(company, dir, claimed) ? done : failed).add(file.getFileName().toString());
    }
    return new Pass(done, failed);
  }

  /** A file claimed an hour ago and still not moved on was left by a node that stopped: it goes back in the queue. */
  private void recoverAbandoned(Path processing, Path dir) throws IOException {
    Instant abandonedBefore = clock.instant().minus(Duration.ofHours(1));
    try (DirectoryStream<Path> s = Files.newDirectoryStream(processing)) {
      for (Path p : s) {
        if (Files.getLastModifiedTime(p).toInstant().isBefore(abandonedBefore)) {
          Files.move(p, unique(dir, p.getFileName().toString()));
          log.warn("import folder {}: {} was left half-processed; it is imported again", dir, p.getFileName());
        }
      }
    }
  }

  private List<Path> ready(Path dir, Duration settle) throws IOException {
    Instant settledBefore = clock.instant().minus(settle);
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(p) || name.startsWith(".") || INCOMPLETE.stream().anyMatch(lower::endsWith)) {
          continue;
        }
        if (!Files.getLastModifiedTime(p).toInstant().isAfter(settledBefore)) {
          files.add(p);
        }
      }
    }
    files.sort(null);
    return files;
  }

  private boolean process(CompanyId company, Path dir, Path claimed) {
    String name = claimed.getFileName().toString();
    try {
      CashImports.Result r = imports.importAndMatch(new ImportRequest(name, Files.readAllBytes(claimed), null, null,
          company, "FOLDER"), true);
      Path target = unique(dir.resolve("processed"), name);
      Files.move(claimed, target);
      Files.writeString(target.resolveSibling(target.getFileName() + ".result.txt"), summary(r),
          StandardCharsets.UTF_8);
      log.info("import folder {}: {} imported ({} statements, {} skipped as imported before, {} posted)", dir, name,
          r.outcome().imported(), r.outcome().duplicateStatements(), r.total().autoPosted());
      return true;
    } catch (OpenArException e) {
      fail(dir, claimed, reason(Locale.ENGLISH, e) + "\n" + reason(I18nConfig.ZH_CN, e) + "\n(" + e.errorCode().code()
          + ")\n");
    } catch (IOException | RuntimeException e) {
      log.warn("import folder {}: {} failed", dir, name, e);
      fail(dir, claimed, "The file could not be imported: " + e + "\n文件无法导入：" + e + "\n");
    }
    return false;
  }

  private String reason(Locale locale, OpenArException e) {
    return messages.title(locale, e.errorCode()) + ": " + messages.describe(locale, e);
  }

  private void fail(Path dir, Path claimed, String reason) {
    String name = claimed.getFileName().toString();
    try {
      Path target = unique(dir.resolve("failed"), name);
      Files.move(claimed, target);
      Files.writeString(target.resolveSibling(target.getFileName() + ".error.txt"), reason, StandardCharsets.UTF_8);
      log.warn("import folder {}: {} failed: {}", dir, name, reason.lines().findFirst().orElse(""));
    } catch (IOException e) {
      log.error("import folder {}: cannot move {} to failed/", dir, name, e);
    }
  }

  /** The name itself, or with the time before the extension when a file of that name is already there. */
  private Path unique(Path folder, String name) {
    Path p = folder.resolve(name);
    if (!Files.exists(p)) {
      return p;
    }
    String stamp = String.valueOf(clock.millis());
    int dot = name.lastIndexOf('.');
    return folder.resolve(dot > 0 ? name.substring(0, dot) + "-" + stamp + name.substring(dot)
        : name + "-" + stamp);
  }

  private static String summary(CashImports.Result r) {
    StringBuilder sb = new StringBuilder();
    for (StatementOutcome s : r.outcome().statements()) {
      sb.append(s.duplicate() ? "skipped, imported before: " : "imported: ").append(s.account()).append(' ')
          .append(s.statementRef()).append(", ").append(s.lines()).append(" lines, ").append(s.credits())
          .append(" receipts, ").append(s.skippedEntries().size()).append(" entries imported before\n");
      MatchSummary m = r.matching().get(s.id());
      if (m != null && !s.duplicate()) {
        sb.append("  ").append(m.autoPosted()).append(" posted automatically, ").append(m.queued())
            .append(" in the exception queue\n");
      }
    }
    return sb.toString();
  }
}
