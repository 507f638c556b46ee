package org.openar.reporting.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openar.ledger.AgingQuery;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.ExportFormat;
import org.openar.shared.error.OpenArException;

/** An Excel sheet ends at 1,048,576 rows: a larger export is refused before the file starts; CSV has no limit. */
class AgingExportLimitTest {

  private final AgingExporter exporter = new AgingExporter(null,
      new org.openar.shared.i18n.Messages(new org.springframework.context.support.StaticMessageSource()), null);
  private final AgingRequest request = AgingRequest.defaults().on(LocalDate.of(2026, 3, 31));

  @Test
  void excelRefusesMoreItemsThanASheetHolds() {
    AgingQuery q = AgingQuery.of(request.asOf());
    assertThatThrownBy(() -> exporter.items(request, q, null, 1_048_576, (r, b) -> null, ExportFormat.XLSX,
        Locale.ENGLISH))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("REPORTING_EXPORT_TOO_LARGE"));
    assertThat(exporter.items(request, q, null, 1_048_575, (r, b) -> null, ExportFormat.XLSX, Locale.ENGLISH))
        .isNotNull();
    assertThat(exporter.items(request, q, null, 50_000_000, (r, b) -> null, ExportFormat.CSV, Locale.ENGLISH)
        .filename()).isEqualTo("aging-items-2026-03-31.csv");
  }

  @Test
  void groupsAreCheckedToo() {
    assertThatThrownBy(() -> exporter.groups(request, java.util.Collections.nCopies(1_048_576, null), List.of(),
        ExportFormat.XLSX, Locale.ENGLISH)).isInstanceOf(OpenArException.class);
  }
}
