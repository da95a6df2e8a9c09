// Small readings written for the linking tests (sentences of our own, no gold text).
import type { Entity, Event, Figure, Reading } from "../model/reading.js";

export function entity(
  name: string,
  type: Entity["type"],
  country: string | null,
  mentions: string[] = [name],
): Entity {
  return { name, type, country, mentions, role: null };
}

export function event(id: string, fields: Partial<Event> & Pick<Event, "type">): Event {
  return {
    id,
    specific: true,
    evidence: `evidence of ${id}`,
    counts: {},
    charges: [],
    places: [],
    factuality: "asserted",
    source: "author",
    ...fields,
  } as Event;
}

export function figure(id: string, fields: Partial<Figure> & Pick<Figure, "value">): Figure {
  return { id, evidence: `evidence of ${id}`, qualifier: "exact", unit: "people", ...fields } as Figure;
}

export function reading(
  id: string,
  parts: Partial<Pick<Reading, "entities" | "events" | "figures">>,
): Reading {
  return { id, document: { title: id }, entities: [], events: [], figures: [], ...parts };
}

/** Two reports of one December arrest in Bishkek with spelling variants, and a third, different arrest. */
export function arrestReports(): Reading[] {
  const kg = (n: string, m?: string[]) => entity(n, "person", "KG", m);
  return [
    reading("a1", {
      entities: [
        kg("Sadyr Zhaparov", ["Sadyr Zhaparov", "Zhaparov"]),
        entity("Hizb-ut-Tahrir", "organization", null),
        entity("Bishkek", "location", "KG"),
        entity("Kyrgyzstan", "location", "KG"),
        kg("Nurlan Bakiyev"),
      ],
      events: [
        event("e1", {
          type: "arrest",
          evidence: "Police detained Nurlan Bakiyev and four other men in Bishkek on December 21",
          patient: "Nurlan Bakiyev and four other men",
          affiliation: "Hizb-ut-Tahrir",
          counts: { arrested: { value: 5, qualifier: "exact" } },
          places: [{ name: "Bishkek", kind: "city", country: "KG" }],
          date: { value: "XXXX-12-21", text: "December 21" },
        }),
      ],
    }),
    reading("a2", {
      entities: [
        kg("Sadyr Japarov", ["Sadyr Japarov", "Japarov"]),
        entity("Hizb ut-Tahrir", "organization", null),
        entity("Bishkek", "location", "KG"),
        entity("Kyrgyz Republic", "location", "KG"),
        kg("Nurlan Bakiev"),
      ],
      events: [
        event("e1", {
          type: "arrest",
          evidence:
            "Five suspected members, among them Nurlan Bakiev, were arrested in the capital in December 2016",
          patient: "Five suspected members, among them Nurlan Bakiev",
          affiliation: "Hizb ut-Tahrir",
          counts: { arrested: { value: 5, qualifier: "exact" } },
          places: [{ name: "Bishkek", kind: "city", country: "KG" }],
          date: { value: "2016-12", text: "December 2016" },
        }),
        event("e2", {
          type: "arrest",
          evidence: "Two students were arrested in Osh in March",
          counts: { arrested: { value: 2, qualifier: "exact" } },
          places: [{ name: "Osh", kind: "city", country: "KG" }],
          date: { value: "2016-03", text: "March" },
        }),
      ],
    }),
  ];
}
