// Test fixture for the crash test: writes sample documents 0..count-1 to a SQLite store until killed.
// Usage: node --import tsx crash-writer.fixture.ts <store-dir> <count> <events-per-document>
// Prints "<n> <status>" after each put.
import { sampleDocument } from "../samples.fixture.js";
import { openSqliteStore } from "./store.js";

const [dir, count, eventsPer] = process.argv.slice(2);
if (!dir || !count || !eventsPer)
  throw new Error("usage: crash-writer.fixture.ts <store-dir> <count> <events>");
const events = Number(eventsPer);
const size = { events, entities: Math.ceil(events / 3), figures: Math.ceil(events / 6) };

const store = await openSqliteStore(dir);
for (let n = 0; n < Number(count); n++) {
  const result = await store.putDocument(sampleDocument(n, { size }));
  process.stdout.write(`${n} ${result.status}\n`);
}
await store.close();
