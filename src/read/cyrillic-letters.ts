// Cyrillic letter frequencies and code pages: data for telling Russian, Kyrgyz, Kazakh text's encoding.
//
// Russian frequencies (per cent of letters) are those of the Russian National Corpus as tabulated on
// Wikipedia, "Частотность букв русского языка" (ru.wikipedia.org, retrieved 2025). The letters of
// Kazakh, Kyrgyz and Ukrainian that Russian lacks are given a flat 0.5 %, a rough estimate (not a
// measurement) so that a text in those languages is not judged implausible for using them.

export const RUSSIAN_LETTER_PERCENT: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
  ә: 0.5,
  ғ: 0.5,
  қ: 0.5,
  ң: 0.5,
  ө: 0.5,
  ұ: 0.5,
  ү: 0.5,
  һ: 0.5,
  і: 0.5,
  ї: 0.5,
  є: 0.5,
  ґ: 0.5,
});

/** The share given to a Cyrillic letter not in the table (Ќ, ў, ђ: what a wrong code page yields). */
export const UNLISTED_LETTER_PERCENT = 0.02;

/**
 * Single-byte code pages for Cyrillic, as iconv-lite names them, in order of preference when two
 * decode a text equally well: Windows, KOI8-R (Unix, old mail), ISO, DOS, Kazakh Windows (RK1048).
 */
export const CYRILLIC_CODE_PAGES: readonly string[] = [
  "windows-1251",
  "koi8-r",
  "iso-8859-5",
  "ibm866",
  "rk1048",
];
