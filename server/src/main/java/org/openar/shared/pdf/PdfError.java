package org.openar.shared.pdf;

import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.ErrorKind;

public enum PdfError implements ErrorCode {
  PDF_RENDERING_FAILED(ErrorKind.INVALID),
  PDF_MERGE_FAILED(ErrorKind.INTERNAL);

  private final ErrorKind kind;

  PdfError(ErrorKind kind) {
    this.kind = kind;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public ErrorKind kind() {
    return kind;
  }
}
