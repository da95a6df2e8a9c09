// The text of `attest read --explain`: what each stage added to a document, and why.
import type { Document } from "../model/document.js";
import type { AttestReading } from "../model/to-reading.js";

const PREVIEW = 72;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

function spanLine(doc: Document, start: number, end: number): string {
  const [os, oe] = doc.offsets.rangeToOriginal(start, end);
  return `[${start}-${end} ← original ${os}-${oe}]`;
}

export function explain(doc: Document, reading: AttestReading): string {
  const lines: string[] = [];
  const s = doc.source;
  lines.push(
    `== ${doc.id}  (${s.path}: ${s.format}, ${s.encoding}, ${s.bytes} bytes, sha256 ${s.sha256.slice(0, 12)})`,
  );
  lines.push(
    `stages: ${Object.entries(reading.attest.stages)
      .map(([n, v]) => `${n}@${v}`)
      .join(" ")}`,
  );
  for (const w of doc.warnings) lines.push(`warning: ${w}`);
  const meta = reading.document;
  for (const key of ["title", "author", "publisher", "published", "genre", "language"] as const) {
    lines.push(`${key.padEnd(10)} ${meta[key] ?? "—"}`);
  }
  lines.push("zones:");
  for (const z of doc.layers.zones?.zones ?? []) {
    const text = doc.text.slice(z.span.start, z.span.end);
    lines.push(
      `  ${z.kind.padEnd(10)} ${spanLine(doc, z.span.start, z.span.end)} ${z.reason}: "${preview(text)}"`,
    );
  }
  const l = doc.layers;
  lines.push(
    `layers: ${l.sentences?.sentences.length ?? 0} sentences, ${l.sentences?.tokens.length ?? 0} tokens, ` +
      `${l.entities?.length ?? 0} entities, ${l.times?.length ?? 0} times, ${l.quantities?.length ?? 0} quantities, ` +
      `${l.attribution?.length ?? 0} attributions, ${l.places?.length ?? 0} places`,
  );
  const at = (sp: { start: number; end: number }) => spanLine(doc, sp.start, sp.end);
  const quote = (sp: { start: number; end: number }) => `"${preview(doc.text.slice(sp.start, sp.end))}"`;
  for (const t of l.times ?? []) {
    lines.push(
      `  time ${at(t.span)} ${quote(t.span)} → ${t.value}${t.type ? ` ${t.type}` : ""}${t.rule ? ` (${t.rule})` : ""}`,
    );
  }
  for (const q of l.quantities ?? []) {
    lines.push(
      `  quantity ${at(q.span)} ${quote(q.span)} → ${q.value} ${q.qualifier}${q.unit ? ` ${q.unit}` : ""}`,
    );
  }
  for (const p of l.places ?? []) {
    lines.push(
      `  place ${at(p.span)} ${quote(p.span)} → ${p.kind}, ${p.country ?? "?"}${p.admin1 ? `, ${p.admin1}` : ""}`,
    );
  }
  for (const e of l.entities ?? []) {
    lines.push(
      `  entity ${e.type} "${e.name}"${e.country ? ` (${e.country})` : ""}${e.role ? `, ${e.role}` : ""}: ${e.mentions.join(" | ")}`,
    );
  }
  for (const a of l.attribution ?? []) {
    lines.push(`  attribution ${at(a.span)} ${quote(a.span)} ← ${a.source}${a.kind ? ` (${a.kind})` : ""}`);
  }
  for (const e of l.events ?? []) {
    const counts = Object.entries(e.counts ?? {})
      .map(([role, c]) => `${role} ${c?.value ?? "?"} ${c?.qualifier}`)
      .join(", ");
    lines.push(`event ${e.id} ${e.type}${e.specific ? "" : " (not specific)"}: "${preview(e.evidence)}"`);
    lines.push(
      `    agent ${e.agent ?? "—"} | patient ${e.patient ?? "—"} | affiliation ${e.affiliation ?? "—"} | counts ${counts || "—"}`,
    );
    lines.push(
      `    date ${e.date?.value ?? "—"}${e.date?.text ? ` ("${e.date.text}")` : ""} | places ${(e.places ?? []).map((p) => p.name).join(", ") || "—"} | source ${e.source} | ${e.factuality}`,
    );
    lines.push(`    rule ${e.explanation.rule}`);
    for (const [field, sp] of Object.entries(e.explanation.spans))
      lines.push(`    ${field}: ${quote(sp)} ${at(sp)}`);
    for (const also of e.spans.slice(1)) lines.push(`    also: ${quote(also)} ${at(also)}`);
  }
  for (const f of l.figures ?? []) {
    lines.push(
      `figure ${f.id} ${f.value} (${f.qualifier}${f.unit ? ` ${f.unit}` : ""}): "${preview(f.evidence)}" | as of ${f.as_of?.value ?? "—"} | source ${f.source}`,
    );
    lines.push(`    rule ${f.explanation.rule}`);
    for (const [field, sp] of Object.entries(f.explanation.spans))
      lines.push(`    ${field}: ${quote(sp)} ${at(sp)}`);
  }
  if (!l.events?.length) lines.push("events: none");
  if (!l.figures?.length) lines.push("figures: none");
  return `${lines.join("\n")}\n\n`;
}
