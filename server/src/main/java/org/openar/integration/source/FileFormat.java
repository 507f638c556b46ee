package org.openar.integration.source;

/** The file kinds imports read. The old binary .xls is recognised only to say "save it as xlsx or CSV". */
public enum FileFormat { CSV, XLSX }
