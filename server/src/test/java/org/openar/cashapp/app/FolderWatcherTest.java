package org.openar.cashapp.app;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.shared.money.CurrencyCode;

/** The watcher thread passes over each configured company folder, and skips a folder whose company does not exist. */
class FolderWatcherTest {

  @TempDir Path dir;

  @Test
  void eachConfiguredFolderIsScannedForItsCompany() throws Exception {
    FolderImporter importer = mock(FolderImporter.class);
    Customers customers = mock(Customers.class);
    CompanyId acme = new CompanyId(UUID.randomUUID());
    when(customers.companies()).thenReturn(List.of(new CompanyView(acme, "ACME", "顶峰", "Acme", CurrencyCode.CNY,
        ZoneId.of("Asia/Shanghai"))));
    Path acmeDir = dir.resolve("acme");
    Path ghostDir = dir.resolve("ghost");
    CashappProperties props = new CashappProperties(null, null, new CashappProperties.Folders(
        Map.of("acme", acmeDir, "GHOST", ghostDir), Duration.ofMillis(100), Duration.ofMillis(10)));
    FolderWatcher watcher = new FolderWatcher(importer, customers, props);
    watcher.start();
    try {
      verify(importer, timeout(5_000).atLeast(2)).scan(eq(acme), eq(acmeDir), any());
      verify(importer, never()).scan(any(), eq(ghostDir), any());
    } finally {
      watcher.stop();
    }
  }
}
