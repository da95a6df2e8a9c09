// Python's float rounding and printing, as score.py uses them: round(x, n), f"{x:.nf}" and repr(x).

/**
 * Python's `round(x, digits)` for digits >= 0. Python rounds the exact binary value of x, ties to
 * even; `toFixed` rounds the exact value too but breaks ties upward. An exact tie means x * 10^d is
 * a half-integer, and for a binary float that happens exactly when x * 2^(d+1) is an odd integer
 * (5^d must divide the odd numerator), e.g. 0.03125 = 1/32 for 4 digits: only there do they differ.
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0 || Math.abs(x) >= 1e21) return x;
  const tie = halfEvenDigits(x, digits);
  if (tie === null) return Number(x.toFixed(digits));
  const rounded = Number(`${tie}e-${digits}`); // correctly rounded, like Python's strtod
  return rounded === 0 && x < 0 ? -0 : rounded;
}

/** Python's `f"{x:.{digits}f}"`. */
export function pyFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const ax = Math.abs(x);
  let n: string;
  if (ax >= 1e21) n = BigInt(ax).toString() + "0".repeat(digits);
  else {
    const tie = halfEvenDigits(ax, digits);
    if (tie === null) return sign + ax.toFixed(digits);
    n = tie.toString();
  }
  if (digits === 0) return sign + n;
  const padded = n.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * On an exact tie, the signed integer n such that n / 10^digits is x rounded half to even;
 * null when x is not a tie.
 */
function halfEvenDigits(x: number, digits: number): bigint | null {
  const scaled = x * 2 ** (digits + 1); // exact: a power-of-two scaling
  if (!Number.isInteger(scaled) || Math.abs(scaled) % 2 !== 1) return null;
  const m = BigInt(scaled);
  const twice = m * 5n ** BigInt(digits); // 2 * x * 10^digits, an odd integer
  const mag = twice < 0n ? -twice : twice;
  let n = (mag - 1n) / 2n; // the lower neighbour of the half-integer |x| * 10^digits
  if (n % 2n === 1n) n += 1n;
  return twice < 0n ? -n : n;
}

/** Python's `repr(x)` (and `str(x)`) for a float: shortest round-trip digits, Python's layout. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mantissa = "", exponent = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exp = Number(exponent);
  const point = exp + 1; // position of the decimal point relative to the digits
  if (point > -4 && point <= 16) {
    if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
    if (digits.length <= point) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const lead = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = String(Math.abs(exp)).padStart(2, "0");
  return `${sign}${lead}e${exp < 0 ? "-" : "+"}${e}`;
}
