package org.openar.integration.source;

/**
 * What one pass over a file's bytes found: its SHA-256 (a re-upload has the same), size, format, and for text files
 * the encoding detected (a byte-order mark, else UTF-8 when every byte sequence is valid UTF-8, else GB18030).
 */
public record FileFacts(String sha256, long size, FileFormat format, String detectedEncoding) {}
