'use strict';
/**
 * Writes a deterministic touchpoint CSV for the benchmark: journeys of 1–5 touches over 8
 * channels, ~70% converting within 0–60 days of their touches, a value on every row of a
 * converting journey. The same seed always gives the same bytes.
 */
const fs = require('node:fs');

const CHANNELS = [
  ['Paid search', 22],
  ['Email', 18],
  ['Organic search', 16],
  ['Social', 12],
  ['Display', 10],
  ['Webinar', 8],
  ['Events', 7],
  ['Partner referral', 7],
];
const CHANNEL_WEIGHT = CHANNELS.reduce((sum, [, w]) => sum + w, 0);
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const SPAN_DAYS = 540;

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function iso(ms) {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** Writes `touchpoints` rows to `path`; returns { journeys, converting, bytes }. */
function generateTouchpoints(path, touchpoints, seed = 20260315) {
  const random = prng(seed);
  const pickChannel = () => {
    let r = random() * CHANNEL_WEIGHT;
    for (const [name, w] of CHANNELS) if ((r -= w) < 0) return name;
    return CHANNELS[CHANNELS.length - 1][0];
  };
  const fd = fs.openSync(path, 'w');
  let buffer = 'journey_id,channel,touched_at,converted_at,value\n';
  let bytes = 0;
  let rows = 0;
  let journeys = 0;
  let converting = 0;
  while (rows < touchpoints) {
    journeys++;
    const id = `J${String(journeys).padStart(7, '0')}`;
    const n = Math.min(1 + Math.floor(random() * 5), touchpoints - rows);
    const converts = random() < 0.7;
    if (converts) converting++;
    const convertedAt = START + Math.floor(random() * SPAN_DAYS * DAY);
    const converted = converts ? iso(convertedAt) : '';
    const value = converts ? (Math.round((50 + random() * 4950) * 100) / 100).toString() : '';
    // Touches in time order, spread over the 60 days before the conversion.
    const ages = [];
    for (let i = 0; i < n; i++) ages.push(Math.floor(random() * 60 * DAY));
    ages.sort((a, b) => b - a);
    for (const age of ages) {
      buffer += `${id},${pickChannel()},${iso(convertedAt - age)},${converted},${value}\n`;
      rows++;
    }
    if (buffer.length > 1 << 20) {
      bytes += fs.writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return { journeys, converting, bytes };
}

module.exports = { generateTouchpoints };
