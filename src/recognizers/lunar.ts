/**
 * Vietnamese lunisolar calendar (âm lịch) at UTC+7.
 *
 * Implementation of Hồ Ngọc Đức's well-known astronomical algorithm: new moons from
 * Meeus-style series, the winter-solstice month (month 11) found from the sun's longitude,
 * and the leap month as the first month without a major solar term. The time zone matters:
 * the Vietnamese calendar (UTC+7) and the Chinese one (UTC+8) differ in some years
 * (e.g. Tết 1985 and 2007).
 */

export const VN_TIME_ZONE = 7;

const PI = Math.PI;
const SYNODIC = 29.530588853;
const JD_1900_NEW_MOON = 2415021.076998695;

/** Julian day number of a Gregorian (or, before 1582-10-15, Julian) calendar date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  if (jd < 2299161) jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}

/** Calendar date [day, month, year] of a Julian day number. */
export function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return [day, month, year];
}

/** Day number (local to timeZone) of the k-th new moon after 1900-01-01. */
export function newMoonDay(k: number, timeZone: number = VN_TIME_ZONE): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  let deltaT: number;
  if (T < -11) deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
  else deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
  const jdNew = jd1 + c1 - deltaT;
  return Math.floor(jdNew + 0.5 + timeZone / 24);
}

/** Sector (0..11, 30° each) of the sun's ecliptic longitude at local midnight starting day jdn. */
export function sunLongitudeSector(jdn: number, timeZone: number = VN_TIME_ZONE): number {
  const T = (jdn - 2451545.5 - timeZone / 24) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * Math.floor(L / (PI * 2));
  return Math.floor((L / PI) * 6);
}

/** Day number of the start of lunar month 11 (the month containing the winter solstice) of year yy. */
export function lunarMonth11(yy: number, timeZone: number = VN_TIME_ZONE): number {
  // the same few years come back in every document (the years around the reference date): computed once each
  const memo = timeZone === VN_TIME_ZONE && Number.isInteger(yy) ? MONTH11_VN : undefined;
  const known = memo?.get(yy);
  if (known !== undefined) return known;
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / SYNODIC);
  let nm = newMoonDay(k, timeZone);
  if (sunLongitudeSector(nm, timeZone) >= 9) nm = newMoonDay(k - 1, timeZone);
  if (memo && memo.size < 4096) memo.set(yy, nm);
  return nm;
}
const MONTH11_VN = new Map<number, number>();
const LEAP_OFFSET_VN = new Map<number, number>();

/** Offset (in months after month 11 starting at a11) of the leap month of that lunar year. */
export function leapMonthOffset(a11: number, timeZone: number = VN_TIME_ZONE): number {
  const memo = timeZone === VN_TIME_ZONE && Number.isInteger(a11) ? LEAP_OFFSET_VN : undefined;
  const known = memo?.get(a11);
  if (known !== undefined) return known;
  const off = leapMonthOffsetOf(a11, timeZone);
  if (memo && memo.size < 4096) memo.set(a11, off);
  return off;
}

function leapMonthOffsetOf(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - JD_1900_NEW_MOON) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, numbered by the Gregorian year in which its month 1 begins. */
  year: number;
  leap: boolean;
}

export interface SolarDate {
  day: number;
  month: number;
  year: number;
}

/** Gregorian → Vietnamese lunar date. */
export function solarToLunar(dd: number, mm: number, yy: number, timeZone: number = VN_TIME_ZONE): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = Math.floor((dayNumber - JD_1900_NEW_MOON) / SYNODIC);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(yy, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, timeZone);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/**
 * Vietnamese lunar date → Gregorian. Returns null for an impossible date
 * (a leap month that year does not have, a day outside 1..30).
 */
export function lunarToSolar(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  leap = false,
  timeZone: number = VN_TIME_ZONE,
): SolarDate | null {
  if (lunarDay < 1 || lunarDay > 30 || lunarMonth < 1 || lunarMonth > 12) return null;
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = lunarMonth11(lunarYear - 1, timeZone);
    b11 = lunarMonth11(lunarYear, timeZone);
  } else {
    a11 = lunarMonth11(lunarYear, timeZone);
    b11 = lunarMonth11(lunarYear + 1, timeZone);
  }
  const k = Math.floor(0.5 + (a11 - JD_1900_NEW_MOON) / SYNODIC);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && lunarMonth !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, timeZone);
  if (lunarDay === 30) {
    // a short (29-day) month has no day 30
    const next = newMoonDay(k + off + 1, timeZone);
    if (next - monthStart < 30) return null;
  }
  const [day, month, year] = jdToDate(monthStart + lunarDay - 1);
  return { day, month, year };
}

/** Number of days (29 or 30) of a lunar month. */
export function lunarMonthLength(lunarMonth: number, lunarYear: number, leap = false): number {
  return lunarToSolar(30, lunarMonth, lunarYear, leap) ? 30 : 29;
}

const CAN = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const CHI = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];

/** Can–chi name of a lunar year, e.g. 2025 → "Ất Tỵ". */
export function canChiOfYear(year: number): string {
  const c = CAN[(((year - 4) % 10) + 10) % 10];
  const z = CHI[(((year - 4) % 12) + 12) % 12];
  return `${c[0].toUpperCase()}${c.slice(1)} ${z[0].toUpperCase()}${z.slice(1)}`;
}

/** Index 0..59 in the sexagenary cycle of a can–chi pair ("ất", "tỵ"), or -1 when the pair is invalid. */
export function canChiIndex(can: string, chi: string): number {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace('kỉ', 'kỷ').replace('tị', 'tỵ').replace('tí', 'tý');
  const c = CAN.indexOf(norm(can));
  const z = CHI.indexOf(norm(chi));
  if (c < 0 || z < 0 || c % 2 !== z % 2) return -1;
  for (let i = 0; i < 60; i++) if (i % 10 === c && i % 12 === z) return i;
  return -1;
}

/** The Gregorian-numbered lunar year with this can–chi name nearest to `near`. */
export function yearOfCanChi(can: string, chi: string, near: number): number | null {
  const idx = canChiIndex(can, chi);
  if (idx < 0) return null;
  // (Y - 4) mod 60 == idx
  const base = near - ((((near - 4 - idx) % 60) + 60) % 60);
  return near - base > 30 ? base + 60 : base;
}

/** Gregorian date of Tết (lunar 1/1) of a lunar year. */
export function tetDate(lunarYear: number): SolarDate {
  return lunarToSolar(1, 1, lunarYear) as SolarDate;
}
