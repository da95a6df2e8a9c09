// The reading format's closed vocabularies, as the UI's forms and filters offer them. They copy
// src/model/reading.ts (which would pull zod into the bundle); test/browser/ui-units.test.ts checks they match.

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
export const FACTUALITIES = ["asserted", "reported", "alleged", "disputed"] as const;
/** TimeML-style value: `2016`, `2016-12`, `2016-12-21`, `XXXX-12-21`. */
export const TIME_VALUE = /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/;
