// The web UI end to end: the real pipeline fills a store, the real server serves the built UI, Debian's
// Chromium opens every view, a hostile HTML document is shown as inert text, a review lands in the audit log,
// an export downloads, and no request leaves the server's origin.
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page, Request } from "playwright-core";
import { startServer } from "../../src/server/index.js";
import type { Store } from "../../src/store/store.js";
import { artifact, fixtureStore, launchChromium, MARKER, requireBuild, tempDir } from "./harness.js";

const REVIEWER = "Test Reviewer";

describe("web UI in Chromium", { timeout: 180_000 }, () => {
  let store: Store;
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  let page: Page;
  const requests: Request[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    requireBuild();
    ({ store, dir } = await fixtureStore());
    server = await serve(store);
    context = await launchChromium(tempDir("chromium-profile"));
    context.on("request", (r) => requests.push(r));
    context.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(hash: string, ready: string): Promise<void> {
    await page.goto(`${server.url}/#/${hash}`);
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
  }

  async function api<T>(path: string): Promise<T> {
    const res = await fetch(`${server.url}/api${path}`);
    assert.equal(res.status, 200, `${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  it("shows the documents list and a document with its highlights", async () => {
    await open("documents", "table.documents-table tbody tr");
    assert.equal(await page.locator("table.documents-table tbody tr").count(), 6);
    await page.screenshot({ path: artifact("documents.png") });
    await page.locator("table.documents-table tbody a", { hasText: "Kyrgyz" }).first().click();
    await page.locator(".doc-text .hl-entity").first().waitFor();
    assert.ok((await page.locator('.doc-text [role="button"]').count()) > 5, "highlights are drawn");
    const first = page.locator(".doc-text .hl-event, .doc-text .hl-figure").first();
    await first.click();
    await page.locator(".selection blockquote").waitFor();
    assert.match(page.url(), /kind=(event|figure)/);
    await page.screenshot({ path: artifact("document.png") });
  });

  it("shows the events table, facets, timeline and map", async () => {
    await open("events", "table.events-table tbody tr");
    await page.locator(".map svg .land path").first().waitFor();
    assert.ok((await page.locator(".map svg .land path").count()) > 100, "the basemap draws the countries");
    assert.ok((await page.locator(".map svg .point").count()) > 0, "events are points on the map");
    assert.ok((await page.locator(".timeline svg .column").count()) > 0, "the timeline has months");
    await page.screenshot({ path: artifact("events.png"), fullPage: true });
    const all = await page.locator("table.events-table tbody tr").count();
    await page.locator('.facets input[name="type"][value="arrest"]').check();
    await page.waitForURL(/type=arrest/);
    // A string: the tests type-check without the DOM library.
    await page.waitForFunction(
      `[...document.querySelectorAll("table.events-table tbody td.type")].every((td) => td.textContent.includes("arrest"))`,
    );
    assert.ok((await page.locator("table.events-table tbody tr").count()) < all, "the type facet filters");
  });

  it("shows entities and one entity's page", async () => {
    await open("entities", "table.entities-table tbody tr");
    await page.screenshot({ path: artifact("entities.png") });
    await page.locator("table.entities-table tbody a").first().click();
    await page.locator(".entity-page h2").waitFor();
    await page.screenshot({ path: artifact("entity.png") });
  });

  it("shows figures grouped, with their speakers", async () => {
    await open("figures", ".figure-card");
    assert.ok((await page.locator(".figure-card").count()) > 0);
    await page.screenshot({ path: artifact("figures.png"), fullPage: true });
  });

  it("shows the hostile document as text and runs none of it", async () => {
    const docs = await api<{ items: { id: string; path: string }[] }>("/documents");
    const hostile = docs.items.find((d) => d.path.endsWith("hostile.html"));
    assert.ok(hostile, "the hostile page was ingested");
    const target = `${server.url}/#/documents/${encodeURIComponent(hostile.id)}`;
    await page.goto(target);
    await page.locator(".doc-text").waitFor();
    await page.waitForTimeout(2_000);
    assert.equal(page.url(), target, "no navigation");
    assert.equal(await page.evaluate((m) => (globalThis as Record<string, unknown>)[m], MARKER), undefined);
    assert.deepEqual(dialogs, [], "no dialog opened");
    assert.equal(await page.locator("iframe, img, object, embed, .doc-text script").count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    const text = (await page.locator(".doc-text").textContent()) ?? "";
    assert.match(text, /detained 14 protesters/);
    assert.match(text, /<img src=x onerror=/, "markup written as text in the page stays visible text");
    assert.equal(context.pages().length, 1, "no window opened");
    await page.screenshot({ path: artifact("hostile-document.png") });
  });

  it("accepts and edits an event, and shows both in the audit log", async () => {
    await open("events", "table.events-table tbody tr");
    const row = page.locator("table.events-table tbody tr").first();
    const ref = ((await row.locator("th button").getAttribute("aria-label")) ?? "").replace(/^Event /, "");
    await row.locator("th button").click();
    const panel = page.locator("section.review");
    await panel.locator('input[name="reviewer"]').fill(REVIEWER);
    await panel.getByRole("button", { name: "Accept" }).click();
    await panel.getByText(`Saved: accepted by ${REVIEWER}`).waitFor();
    await panel.getByRole("button", { name: "Edit…" }).click();
    await panel.locator('input[name="patient"]').fill("fourteen marchers");
    await panel.getByRole("button", { name: "Save edit" }).click();
    await panel.getByText(`Saved: edited by ${REVIEWER}`).waitFor();
    await panel.locator("table.audit tbody tr", { hasText: "edit" }).first().waitFor();
    assert.ok((await panel.locator("table.audit tbody tr").count()) >= 2);
    await page.screenshot({ path: artifact("review.png"), fullPage: true });

    const audit = await api<{ items: { ref: string; reviewer: string; action: string }[] }>("/audit");
    const mine = audit.items.filter((i) => i.ref === ref && i.reviewer === REVIEWER).map((i) => i.action);
    assert.deepEqual(mine.sort(), ["accept", "edit"]);

    await open("review", "table.audit tbody tr");
    assert.ok((await page.locator("table.audit tbody tr", { hasText: REVIEWER }).count()) >= 2);
    await page.screenshot({ path: artifact("review-desk.png") });
  });

  it("downloads exports", async () => {
    await open("export", "a[data-format]");
    await page.screenshot({ path: artifact("export.png") });
    const jsonl = await download(page, "jsonl");
    const lines = jsonl.trim().split("\n");
    assert.ok(lines.length > 0);
    for (const line of lines) JSON.parse(line);
    assert.match(jsonl, /fourteen marchers/, "the export carries the reviewed edit");
    const csv = await download(page, "acled-csv");
    const rows = csv.trim().split(/\r?\n/);
    assert.ok(rows.length > 1, "a header and rows");
    assert.match(rows[0] as string, /,/);
  });

  it("made no request outside the server's origin and threw no error", () => {
    const origin = new URL(server.url).origin;
    const outside = requests
      .map((r) => r.url())
      .filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
    assert.deepEqual(outside, []);
    assert.ok(requests.length > 10, "requests were recorded");
    assert.deepEqual(pageErrors, []);
  });
});

/** Starts the real server on a free port; the UI is served from dist/ui. */
async function serve(store: Store): Promise<{ url: string; close: () => Promise<void> }> {
  return startServer({ store, port: 0 });
}

async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`a[data-format="${format}"]`).click(),
  ]);
  const path = await file.path();
  assert.ok(path, `${format} was downloaded`);
  assert.ok(file.suggestedFilename().length > 0);
  return readFileSync(join(path), "utf8");
}
