// The error catalogue: every failure a user can see has a code, the file and a reason they can act on.

export const ERRORS = {
  E_NOT_FOUND: "no such file or directory",
  E_PERMISSION: "permission denied: the file cannot be read by this user",
  E_IS_DIRECTORY: "is a directory where a file was expected",
  E_EMPTY: "the file is empty (0 bytes)",
  E_TOO_LARGE: "the file is larger than the size limit",
  E_UNSUPPORTED: "unsupported file type",
  E_NO_DOCUMENTS: "no document files (.txt .md .html .pdf .docx …) under the paths given",
  E_BINARY: "binary data, not a text document",
  E_ENCODING: "the text encoding could not be decoded",
  E_BAD_UTF8: "invalid UTF-8",
  E_PDF: "the PDF could not be read",
  E_PDF_NO_TEXT: "the PDF has no text layer (scanned image?)",
  E_DOCX: "the .docx could not be read",
  E_HTML: "the HTML could not be read",
  E_READ: "the file could not be read",
  E_GOLD: "the gold set could not be read",
  E_READING_INVALID: "the reading does not follow the reading format",
  E_PIPELINE_ORDER: "the pipeline's stages are out of order",
  E_STORE: "the store could not be opened or written",
  E_USAGE: "wrong usage",
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** A failure with a catalogue code, the file it concerns (when any) and a reason a person can act on. */
export class AttestError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly reason: string;

  constructor(code: ErrorCode, reason?: string, file?: string, options?: { cause?: unknown }) {
    const why = reason ?? ERRORS[code];
    super(file ? `${file}: ${why}` : why, options);
    this.name = "AttestError";
    this.code = code;
    this.file = file;
    this.reason = why;
  }

  /** The one line shown to a user: `path: reason [CODE]`. */
  line(): string {
    return `${this.message} [${this.code}]`;
  }
}

/** Wraps any thrown value as an AttestError for `file`, keeping the original as the cause. */
export function asAttestError(err: unknown, file: string, code: ErrorCode = "E_READ"): AttestError {
  if (err instanceof AttestError)
    return err.file ? err : new AttestError(err.code, err.reason, file, { cause: err });
  const sys = err as NodeJS.ErrnoException;
  if (sys && typeof sys.code === "string") {
    if (sys.code === "ENOENT") return new AttestError("E_NOT_FOUND", undefined, file, { cause: err });
    if (sys.code === "EACCES" || sys.code === "EPERM")
      return new AttestError("E_PERMISSION", undefined, file, { cause: err });
    if (sys.code === "EISDIR") return new AttestError("E_IS_DIRECTORY", undefined, file, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AttestError(code, `${ERRORS[code]}: ${message}`, file, { cause: err });
}
