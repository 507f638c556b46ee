package org.openar.integration.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openar.integration.ColumnMapping;
import org.openar.integration.DateFormat;
import org.openar.integration.ImportType;
import org.openar.integration.Imports;
import org.openar.integration.SavedMapping;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping options of {@code openar import}: a JSON file (the API's mapping object, a saved preset file, or a plain
 * {@code {"header": "field"}} object), a shipped preset ({@code preset:ibm-ar}), or {@code --map header=field}
 * pairs, plus the parsing options that override the file's.
 */
class MappingOptions {

  @Option(names = "--mapping", paramLabel = "M.json|preset:KEY",
      description = "Column mapping: a JSON file, or a shipped preset (preset:ibm-ar). Without it (and without --map) "
          + "the mapping is guessed from the headers.")
  String mapping;

  @Option(names = "--map", paramLabel = "HEADER=FIELD",
      description = "Map one column (repeatable); added to --mapping. FIELD may be attr.NAME to keep a column.")
  Map<String, String> map = new LinkedHashMap<>();

  @Option(names = "--date-format", paramLabel = "FORMAT",
      description = "AUTO (default), ISO, MDY (M/D/YYYY), DMY (D/M/YYYY), YMD, YYYYMMDD or EXCEL.")
  String dateFormat;

  @Option(names = "--decimal-separator", paramLabel = "SEP", description = "'.' (default) or ','.")
  String decimalSeparator;

  @Option(names = "--currency", paramLabel = "CCY", description = "Currency of rows without one (default: the company's).")
  String currency;

  @Option(names = "--create-customers", description = "Create customers for unknown customer codes.")
  Boolean createCustomers;

  ColumnMapping resolve(ImportType type, Imports imports, JsonMapper json) {
    ColumnMapping base = ColumnMapping.of(Map.of());
    if (mapping != null && mapping.startsWith("preset:")) {
      String key = mapping.substring("preset:".length());
      SavedMapping preset = imports.preset(key)
          .orElseThrow(() -> new IllegalArgumentException("there is no preset " + key));
      if (preset.type() != type) {
        throw new IllegalArgumentException("preset " + key + " is for " + preset.type().cliName() + " imports");
      }
      base = preset.mapping();
    } else if (mapping != null) {
      base = read(Path.of(mapping), json);
    }
    Map<String, String> columns = new LinkedHashMap<>(base.columns());
    columns.putAll(map);
    DateFormat df = dateFormat == null ? base.dateFormat() : DateFormat.parse(dateFormat)
        .orElseThrow(() -> new IllegalArgumentException("unknown date format " + dateFormat));
    return new ColumnMapping(columns, df, decimalSeparator != null ? decimalSeparator : base.decimalSeparator(),
        currency != null ? currency : base.defaultCurrency(),
        createCustomers != null ? createCustomers : base.createMissingCustomers());
  }

  private static ColumnMapping read(Path file, JsonMapper json) {
    try {
      JsonNode root = json.readTree(Files.readString(file));
      JsonNode node = root.has("mapping") ? root.get("mapping") : root;
      if (node.has("columns")) {
        return json.treeToValue(node, ColumnMapping.class);
      }
      Map<String, String> columns = new LinkedHashMap<>();
      node.properties().forEach(e -> columns.put(e.getKey(), e.getValue().asString()));
      return ColumnMapping.of(columns);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the mapping " + file + ": " + e.getMessage(), e);
    }
  }
}
