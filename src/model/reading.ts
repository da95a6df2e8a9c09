// The reading: the per-document JSON of gold/GUIDELINES.md, as zod schemas (runtime validation) and types.
import { z } from "zod";

export const GENRES = ["news", "press_release", "blog", "analysis", "opinion", "report"] as const;
export const ENTITY_TYPES = ["person", "organization", "government_body", "location", "media"] as const;
export const EVENT_TYPES = [
  "arrest",
  "raid",
  "attack",
  "clash",
  "killing",
  "abuse",
  "charge",
  "sentence",
  "release",
  "ban",
  "protest",
  "escape",
  "mobilize",
] as const;
export const QUALIFIERS = ["exact", "approx", "more_than", "at_least", "up_to", "several"] as const;
/** Qualifiers that bound a count ("more than 300", "at least 8"): a running total, not one act's. */
export const TOTAL_QUALIFIERS: readonly (typeof QUALIFIERS)[number][] = ["more_than", "at_least", "up_to"];
export const COUNT_ROLES = [
  "arrested",
  "killed",
  "injured",
  "sentenced",
  "charged",
  "participants",
  "escaped",
  "released",
] as const;
export const FACTUALITIES = ["asserted", "reported", "alleged", "disputed"] as const;
export const PLACE_KINDS = ["country", "region", "city", "district", "facility"] as const;

/** TimeML-style value: `2016`, `2016-12`, `2016-12-21`, `XXXX-12-21`. */
export const TIME_VALUE = /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/;

export const TimeValue = z.object({
  value: z.string().regex(TIME_VALUE).nullable(),
  text: z.string().nullable().optional(),
});

export const Count = z
  .object({
    value: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS),
  })
  .refine((c) => (c.value === null) === (c.qualifier === "several"), {
    message: "value is null exactly when the qualifier is 'several'",
  });

export const Place = z.looseObject({
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  country: z.string().length(2).nullable().optional(),
});

export const DocumentMeta = z.looseObject({
  title: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  published: z.string().regex(TIME_VALUE).nullable().optional(),
  genre: z.enum(GENRES).nullable().optional(),
  language: z.string().nullable().optional(),
  non_body: z.array(z.string()).optional(),
  body: z.string().optional(),
});

export const Entity = z.looseObject({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  mentions: z.array(z.string()),
  role: z.string().nullable().optional(),
  country: z.string().length(2).nullable().optional(),
});

export const Event = z.looseObject({
  id: z.string().min(1),
  type: z.enum(EVENT_TYPES),
  specific: z.boolean().default(true),
  evidence: z.string().min(1),
  also: z.array(z.string()).optional(),
  trigger: z.string().nullable().optional(),
  agent: z.string().nullable().optional(),
  patient: z.string().nullable().optional(),
  affiliation: z.string().nullable().optional(),
  counts: z.partialRecord(z.enum(COUNT_ROLES), Count).default({}),
  charges: z.array(z.string()).default([]),
  places: z.array(Place).default([]),
  date: TimeValue.nullable().optional(),
  source: z.string().nullable().optional(),
  factuality: z.enum(FACTUALITIES),
});

export const Figure = z.looseObject({
  id: z.string().min(1),
  evidence: z.string().min(1),
  also: z.array(z.string()).optional(),
  subject: z.string().nullable().optional(),
  value: z.number().nullable(),
  qualifier: z.enum(QUALIFIERS),
  unit: z.string().nullable().optional(),
  as_of: TimeValue.nullable().optional(),
  source: z.string().nullable().optional(),
});

/** Groups of `doc#id` (events, figures) and `doc#name` (entities) that are the same thing. */
export const Links = z.object({
  events: z.array(z.array(z.string())).default([]),
  figures: z.array(z.array(z.string())).default([]),
  entities: z.array(z.array(z.string())).default([]),
});

export const Reading = z.looseObject({
  id: z.string().optional(),
  document: DocumentMeta,
  entities: z.array(Entity).default([]),
  events: z.array(Event).default([]),
  figures: z.array(Figure).default([]),
});

export type Genre = (typeof GENRES)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type CountRole = (typeof COUNT_ROLES)[number];
export type Factuality = (typeof FACTUALITIES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type TimeValue = z.infer<typeof TimeValue>;
export type Count = z.infer<typeof Count>;
export type Place = z.infer<typeof Place>;
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type Entity = z.infer<typeof Entity>;
export type Event = z.infer<typeof Event>;
export type Figure = z.infer<typeof Figure>;
export type Links = z.infer<typeof Links>;
export type Reading = z.infer<typeof Reading>;

export function emptyLinks(): Links {
  return { events: [], figures: [], entities: [] };
}
