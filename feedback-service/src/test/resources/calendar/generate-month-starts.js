// Vietnamese lunar month starts at UTC+7 from a precise ephemeris, as an independent check of
// the production algorithm. Usage: npm install astronomy-engine@2.1.19 && node generate-month-starts.js 1968 2100 > vietnamese-month-starts-1968-2100.txt
// Rules (the modern Chinese/Vietnamese rules): a month begins on the local day of a new moon; the month that
// contains the December solstice is month 11; in a solstice-to-solstice span of 13 months the first month
// without a major solar term (sun longitude a multiple of 30 degrees) is a leap month.
// A line ends with "?" when its new moon, or a major solar term deciding a leap month, is within
// NEAR minutes of local midnight: there the ephemeris' own error can move the day.
const A = require('astronomy-engine');
const TZ = 7, DAY = 86400000, NEAR = 3;
const local = t => t.date.getTime() + TZ * 3600000;
const localDay = t => Math.floor(local(t) / DAY);
const nearMidnight = t => { const m = (((local(t) % DAY) + DAY) % DAY) / 60000; return m < NEAR || m > 1440 - NEAR; };
const iso = d => new Date(d * DAY).toISOString().slice(0, 10);
function newMoonsBetween(fromDay, toDay) { // new moons with local day in [fromDay, toDay]
  const out = []; let t = A.SearchMoonPhase(0, new Date(fromDay * DAY - TZ * 3600000), 40);
  while (localDay(t) <= toDay) { out.push(t); t = A.SearchMoonPhase(0, t.AddDays(1), 40); }
  return out;
}
function month11(y) { // new moon starting the month that contains the December solstice of y
  const s = localDay(A.Seasons(y).dec_solstice);
  const ms = newMoonsBetween(s - 31, s); return ms[ms.length - 1];
}
function majorTermIn(start, end) { // a major term with local day in [start, end), or null
  for (let k = 0; k < 12; k++) {
    const t = A.SearchSunLongitude(k * 30, new Date((start - 2) * DAY), 40);
    if (t && localDay(t) >= start && localDay(t) < end) return t;
  }
  return null;
}
const [first, last] = process.argv.slice(2).map(Number);
console.log('# Vietnamese lunar month starts at UTC+7, lunar years ' + first + '-' + last + ',');
console.log('# from the Astronomy Engine ephemeris (npm astronomy-engine 2.1.19); see generate-month-starts.js.');
console.log('# solar date of day 1 | lunar year (the Gregorian year it begins in) | month | L = leap | ? = within ' + NEAR + ' min of midnight');
for (let y = first - 1; y <= last; y++) { // the span from month 11 of y-1 to month 11 of y
  const a = month11(y - 1), b = month11(y);
  const moons = newMoonsBetween(localDay(a), localDay(b) - 1);
  const starts = moons.map(localDay); starts.push(localDay(b));
  let leap = -1, leapDoubt = false;
  if (moons.length === 13) {
    for (let i = 1; i < 13; i++) {
      const term = majorTermIn(starts[i], starts[i + 1]);
      if (!term) { leap = i; break; }
    }
    for (let i = 1; i < 13; i++) { const t = majorTermIn(starts[i], starts[i + 1]); if (t && nearMidnight(t)) leapDoubt = true; }
  }
  let month = 11;
  for (let i = 0; i < moons.length; i++) {
    const isLeap = i === leap;
    if (i > 0 && !isLeap) month = month % 12 + 1;
    const lunarYear = month >= 11 ? y - 1 : y;
    if (lunarYear < first || lunarYear > last) continue;
    const doubt = nearMidnight(moons[i]) || (isLeap && leapDoubt);
    console.log(iso(starts[i]) + ' ' + lunarYear + ' ' + month + (isLeap ? ' L' : '') + (doubt ? ' ?' : ''));
  }
}
