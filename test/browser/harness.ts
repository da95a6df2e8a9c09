// What the browser tests share: the built UI check, a store filled by the real ingest, and Debian's Chromium
// driven by playwright-core with a fresh profile.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { ingest } from "../../src/cli/ingest.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/store.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const UI_INDEX = join(ROOT, "dist", "ui", "index.html");
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The marker a hostile document's scripts would set if any of them ran. */
export const MARKER = "__attestPwned";

/** Fails with what to do when the UI has not been built: the server serves dist/ui. */
export function requireBuild(): void {
  if (!existsSync(UI_INDEX))
    throw new Error(`the web UI is not built (${UI_INDEX} is missing): run \`npm run build\` first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\``);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `attest-${prefix}-`));
}

/**
 * An HTML page that tries every way of running code or leaving the page when rendered as HTML: inline script,
 * an image's onerror, a javascript: link, a meta refresh, an iframe, and markup written as text in the body.
 * Its prose is our own: a made-up arrest with a date, so the timeline and map have something to show.
 */
export function hostileHtml(): string {
  const set = (n: number) => `window.${MARKER}=${n};alert(${n})`;
  return `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0;url=http://example.invalid/">
<title>Hostile page &lt;script&gt;${set(9)}&lt;/script&gt;</title>
<script>${set(1)}</script>
<base href="http://example.invalid/">
<link rel="stylesheet" href="http://example.invalid/style.css">
</head><body>
<article>
<h1>Police detain fourteen marchers in Bishkek</h1>
<p>Police in Bishkek detained 14 protesters on 3 March 2019 after a march outside the parliament building,
the city's interior ministry department said on Monday. <img src=x onerror="${set(2)}"> The detained men
were charged with organising an unsanctioned rally, according to their lawyer.</p>
<p>Witnesses said about 200 people took part in the protest. <a href="javascript:${set(3)}">Read more</a>
The text &lt;img src=x onerror="${set(4)}"&gt; and &lt;script&gt;${set(5)}&lt;/script&gt; is data, not markup.</p>
<iframe src="http://example.invalid/frame"></iframe>
<svg><script>${set(6)}</script></svg>
<p>On 5 March 2019 a court in Bishkek sentenced two of the organisers to ten days of detention.</p>
</article>
<script src="http://example.invalid/x.js"></script>
</body></html>
`;
}

/** A fresh SQLite store holding the five examples and the hostile page, ingested by the real pipeline. */
export async function fixtureStore(): Promise<{ store: Store; dir: string; hostilePath: string }> {
  const dir = tempDir("browser");
  const docs = join(dir, "docs");
  mkdirSync(docs);
  const hostilePath = join(docs, "hostile.html");
  writeFileSync(hostilePath, hostileHtml());
  const store = await openStore(join(dir, "store"));
  const summary = await ingest(store, [join(ROOT, "examples"), docs]);
  if (summary.failures.length)
    throw new Error(`ingest failed: ${summary.failures.map((f) => f.line()).join("; ")}`);
  return { store, dir, hostilePath };
}

/** Debian's Chromium, headless, with a fresh profile directory and no background traffic. */
export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
