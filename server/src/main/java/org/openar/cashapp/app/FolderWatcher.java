package org.openar.cashapp.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches each company's import folder ({@code openar.cashapp.folders.companies.<CODE>=DIR}) on a background thread:
 * a file-system notification or every {@code poll-interval} triggers a pass of {@link FolderImporter}. Polling stays
 * on because notifications do not reach network shares. Off when {@code openar.jobs.enabled=false} (CLI, tests).
 */
@Component
@ConditionalOnProperty(name = "openar.jobs.enabled", havingValue = "true", matchIfMissing = true)
class FolderWatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

  private final FolderImporter importer;
  private final Customers customers;
  private final CashappProperties.Folders folders;
  private volatile Thread thread;

  FolderWatcher(FolderImporter importer, Customers customers, CashappProperties properties) {
    this.importer = importer;
    this.customers = customers;
    this.folders = properties.folders();
  }

  @Override
  public void start() {
    if (folders.companies().isEmpty()) {
      return;
    }
    thread = new Thread(this::run, "cashapp-import-folders");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    Thread t = thread;
    thread = null;
    if (t != null) {
      t.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void run() {
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      for (Path dir : folders.companies().values()) {
        Files.createDirectories(dir);
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        log.info("watching {} for bank statements", dir.toAbsolutePath());
      }
      while (thread != null) {
        passOverAll();
        WatchKey key = watcher.poll(folders.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        while (key != null) {
          key.pollEvents();
          key.reset();
          key = watcher.poll(); // drain a burst of events: one pass handles them all
        }
        Thread.sleep(folders.settleTime().toMillis()); // let a file that just appeared finish being written
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      log.error("the import folders cannot be watched; statements must be imported another way", e);
    }
  }

  private void passOverAll() {
    for (Map.Entry<String, Path> f : folders.companies().entrySet()) {
      Optional<CompanyId> company = customers.companies().stream()
          .filter(c -> c.code().equalsIgnoreCase(f.getKey())).map(CompanyView::id).findFirst();
      if (company.isEmpty()) {
        log.warn("import folder {}: there is no company with the code {}", f.getValue(), f.getKey());
        continue;
      }
      try {
        importer.scan(company.get(), f.getValue(), folders.settleTime());
      } catch (IOException | RuntimeException e) {
        log.warn("import folder {}: the pass failed; the next one retries", f.getValue(), e);
      }
    }
  }
}
