// Python's view of parsed JSON, as score.py sees it: truthiness, ==, str(), dict.get, list(), `x or {}`.
import { AttestError } from "../errors.js";

/** A JSON object (Python dict). */
export type Dict = Record<string, unknown>;

export function isDict(v: unknown): v is Dict {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Python's None: JSON null, or a key that is absent. */
export function isNone(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** Python's `bool(v)` for JSON values: None, False, 0, "", [] and {} are false. */
export function truthy(v: unknown): boolean {
  if (isNone(v) || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return Object.keys(v).length > 0;
  return true;
}

/** `d.get(key, dflt)`: the value when the key is present (even when null), else `dflt`. */
export function get(d: Dict, key: string, dflt?: unknown): unknown {
  return Object.hasOwn(d, key) ? d[key] : dflt;
}

/** Python's `==` on JSON values: deep, with `True == 1` and `False == 0`, None equal only to None. */
export function pyEq(a: unknown, b: unknown): boolean {
  if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
  if (typeof a === "boolean" || typeof b === "boolean") return numeric(a) === numeric(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => pyEq(x, b[i]));
  }
  if (isDict(a) || isDict(b)) {
    if (!isDict(a) || !isDict(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && pyEq(a[k], b[k]));
  }
  return a === b;
}

function numeric(v: unknown): unknown {
  return typeof v === "boolean" ? Number(v) : v;
}

/**
 * Python's `str(v)` for the JSON scalars used as ids: None, True/False, ints, strings. A JSON float
 * with an integral value (`1.0`) reads as the int (`"1"`) here, where Python would print `"1.0"`.
 */
export function pyStr(v: unknown): string {
  if (isNone(v)) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return v;
  return typeof v === "number" ? String(v) : JSON.stringify(v);
}

/** The text in `(s or "")`: "" for a falsy value; anything else must be a string, as in score.py. */
export function pyText(s: unknown): string {
  if (!truthy(s)) return "";
  if (typeof s === "string") return s;
  throw invalid(`expected text, found ${describe(s)}`);
}

/** `x or {}`, for a value then read with `.get`. */
export function dictOr(v: unknown, what: string): Dict {
  if (!truthy(v)) return {};
  return asDict(v, what);
}

/** `x or []`, for a value then iterated as a list of items. */
export function listOr(v: unknown, what: string): unknown[] {
  if (!truthy(v)) return [];
  if (Array.isArray(v)) return v;
  throw invalid(`${what}: expected a list, found ${describe(v)}`);
}

/** `list(x or [])`: a string gives its characters and an object its keys, as in Python. */
export function pyList(v: unknown, what: string): unknown[] {
  if (!truthy(v)) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [...v];
  if (isDict(v)) return Object.keys(v);
  throw invalid(`${what}: expected a list, found ${describe(v)}`);
}

/** A value score.py calls `.get` on: it must be an object. */
export function asDict(v: unknown, what: string): Dict {
  if (isDict(v)) return v;
  throw invalid(`${what}: expected an object, found ${describe(v)}`);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "string" ? "a string" : `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}

function invalid(reason: string): AttestError {
  return new AttestError("E_READING_INVALID", reason);
}
