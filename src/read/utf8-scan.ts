// A UTF-8 validator that reports where the first bad sequence is and how many good ones it saw.

export interface Utf8Scan {
  /** Byte offset of the first invalid sequence, or -1 when the bytes are valid UTF-8. */
  readonly firstBad: number;
  /** Well-formed sequences of 2 to 4 bytes. */
  readonly multiByte: number;
  /** Invalid sequences (each bad lead byte or cut-off sequence counts once). */
  readonly invalid: number;
}

/** The allowed range of the byte after each lead byte (Unicode Table 3-7), then its length. */
function sequenceOf(lead: number): { length: number; lo: number; hi: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, lo: 0x80, hi: 0xbf };
  if (lead === 0xe0) return { length: 3, lo: 0xa0, hi: 0xbf };
  if (lead === 0xed) return { length: 3, lo: 0x80, hi: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, lo: 0x80, hi: 0xbf };
  if (lead === 0xf0) return { length: 4, lo: 0x90, hi: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, lo: 0x80, hi: 0xbf };
  if (lead === 0xf4) return { length: 4, lo: 0x80, hi: 0x8f };
  return null;
}

/** The length of the well-formed sequence at `i`, or 0 when it is not well formed. */
function wellFormedLength(bytes: Uint8Array, i: number): number {
  const seq = sequenceOf(bytes[i] as number);
  if (!seq || i + seq.length > bytes.length) return 0;
  const second = bytes[i + 1] as number;
  if (second < seq.lo || second > seq.hi) return 0;
  for (let k = 2; k < seq.length; k++) {
    const b = bytes[i + k] as number;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return seq.length;
}

/** Scans `bytes` once, counting well-formed multi-byte sequences and invalid ones. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstBad = -1;
  let multiByte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = wellFormedLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
    } else {
      if (firstBad < 0) firstBad = i;
      invalid++;
      i++;
    }
  }
  return { firstBad, multiByte, invalid };
}
