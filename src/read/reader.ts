// The shape every format's reader has: bytes in, the reader's text, encoding, hints and warnings out.
import type { ReaderHints } from "../model/document.js";

export interface ReaderInput {
  /** The path, for errors and messages. */
  readonly file: string;
  /** An encoding the user forced; readers of binary formats ignore it. */
  readonly encoding?: string | undefined;
}

export interface ReaderOutput {
  /** The text the reader produced: it becomes `Document.original`. */
  readonly original: string;
  /** The encoding the bytes were decoded with, or `binary` for PDF and DOCX. */
  readonly encoding: string;
  readonly hints: ReaderHints;
  readonly warnings: readonly string[];
}

/** A reader throws AttestError (with the file) for everything it cannot read. */
export type Reader = (bytes: Uint8Array, input: ReaderInput) => Promise<ReaderOutput>;
