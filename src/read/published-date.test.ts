// Tests for isoDate: the metadata date formats readers meet, and what must not pass for a date.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isoDate } from "./published-date.js";

const MUST_MATCH: [string, string][] = [
  ["2024-03-05", "2024-03-05"],
  ["2024-03-05T23:20:00+06:00", "2024-03-05"],
  ["2024-03", "2024-03"],
  ["2024", "2024"],
  ["D:20200707160900+03'00'", "2020-07-07"],
  ["D:2020", "2020"],
  ["05.03.2024", "2024-03-05"],
  ["5.3.2024 10:20", "2024-03-05"],
  ["Tue, 05 Mar 2024 10:20:00 GMT", "2024-03-05"],
  ["March 5, 2024", "2024-03-05"],
  ["Tue, 05 Mar 2024 02:00:00 +0600", "2024-03-05"],
  ["5 September 2023", "2023-09-05"],
  ["Sept. 5, 2023", "2023-09-05"],
];

const MUST_NOT_MATCH: string[] = [
  "",
  "   ",
  "yesterday",
  "03/05/2024",
  "1709650800",
  "20240305",
  "n/a",
  "Word 12 2024",
  "32 March 2024",
];

for (const [value, iso] of MUST_MATCH) {
  test(`isoDate: ${value} is ${iso}`, () => assert.equal(isoDate(value), iso));
}

for (const value of MUST_NOT_MATCH) {
  test(`isoDate: "${value}" is not a date`, () => assert.equal(isoDate(value), undefined));
}
