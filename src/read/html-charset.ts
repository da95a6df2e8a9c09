// The charset an HTML page declares in its first 2 KB: <meta charset>, http-equiv, or <?xml encoding?>.

/** Browsers look for the declaration in the first 1024 bytes; 2 KB leaves room for long <head>s. */
const PRESCAN_BYTES = 2048;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:()-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/;

/** The charset the page declares, lower case, or undefined. Reads the bytes as Latin-1, as browsers do. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString("latin1");
  const match = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return match?.[1]?.toLowerCase();
}
