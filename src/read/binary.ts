// Telling binary data from text before decoding: known signatures, NUL bytes, control bytes.
import { SIGNATURES, type Signature } from "./signatures.js";

/** How much of the file's start is inspected. */
const SAMPLE_BYTES = 64 * 1024;
/** More than this share of C0 control bytes (other than \t \n \v \f \r) means binary. */
const MAX_CONTROL_SHARE = 0.05;
/** A few stray NULs in a long text are tolerated (normalisation drops them); more are not. */
const MAX_STRAY_NULS = 2;
const MAX_NUL_SHARE = 0.001;

interface ParsedSignature {
  readonly name: string;
  readonly offset: number;
  /** The bytes to match; -1 matches any byte. */
  readonly bytes: readonly number[];
}

const PARSED: readonly ParsedSignature[] = SIGNATURES.map((s: Signature) => ({
  name: s.name,
  offset: s.offset,
  bytes: s.hex.split(" ").map((h) => (h === "??" ? -1 : Number.parseInt(h, 16))),
}));

/** The name of the known binary format `bytes` starts with ("a PNG image"), or null. */
export function signatureOf(bytes: Uint8Array): string | null {
  for (const sig of PARSED) {
    if (bytes.length < sig.offset + sig.bytes.length) continue;
    if (sig.bytes.every((b, i) => b === -1 || bytes[sig.offset + i] === b)) return sig.name;
  }
  return null;
}

function isControl(byte: number): boolean {
  return byte < 0x20 && (byte < 0x09 || byte > 0x0d);
}

/**
 * Why `bytes` (known not to be UTF-16) look like binary data rather than text, or null when they
 * look like text: NUL bytes, or a high share of control bytes in the first 64 KB.
 */
export function controlBytesReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nuls = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) nuls++;
    if (isControl(byte)) controls++;
  }
  const where = sample.length < bytes.length ? "the first 64 KB" : "the file";
  if (nuls > MAX_STRAY_NULS || (nuls > 0 && nuls / sample.length > MAX_NUL_SHARE))
    return `binary data (${nuls} NUL bytes in ${where})`;
  if (controls / sample.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / sample.length);
    return `binary data (${percent}% of ${where} are control bytes)`;
  }
  return null;
}
