'use strict';
/**
 * Writes a deterministic touchpoint CSV for the benchmark: journeys of 1–5 touches over 8
 * channels, ~70% converting within 0–60 days of their touches, a value on every row of a
 * converting journey. The same seed always gives the same bytes.
 *
 * `shuffle: true` writes the same rows in a seeded random order (as CRM exports often come):
 * a journey's rows are scattered over the file instead of following each other.
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
const HEADER = 'journey_id,channel,touched_at,converted_at,value\n';
const DEFAULT_SEED = 20260315;

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

/** Calls `emit(line)` for each of `touchpoints` rows, journey by journey; returns { journeys, converting }. */
function eachRow(touchpoints, seed, emit) {
  const random = prng(seed);
  const pickChannel = () => {
    let r = random() * CHANNEL_WEIGHT;
    for (const [name, w] of CHANNELS) if ((r -= w) < 0) return name;
    return CHANNELS[CHANNELS.length - 1][0];
  };
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
      emit(`${id},${pickChannel()},${iso(convertedAt - age)},${converted},${value}\n`);
      rows++;
    }
  }
  return { journeys, converting };
}

/**
 * Writes `touchpoints` rows to `path`; returns { journeys, converting, bytes }.
 *
 * @param {string} path
 * @param {number} touchpoints
 * @param {{ seed?: number, shuffle?: boolean }} [options]
 */
function generateTouchpoints(path, touchpoints, options = {}) {
  const { seed = DEFAULT_SEED, shuffle = false } = options;
  return shuffle ? writeShuffled(path, touchpoints, seed) : writeGrouped(path, touchpoints, seed);
}

function writeGrouped(path, touchpoints, seed) {
  const fd = fs.openSync(path, 'w');
  let buffer = HEADER;
  let bytes = 0;
  const counts = eachRow(touchpoints, seed, (line) => {
    buffer += line;
    if (buffer.length > 1 << 20) {
      bytes += fs.writeSync(fd, buffer);
      buffer = '';
    }
  });
  bytes += fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return { ...counts, bytes };
}

/**
 * The grouped rows held as bytes (about 62 per row: 620 MB for 10,000,000, never as JS strings),
 * then written in the order of a seeded Fisher–Yates permutation.
 */
function writeShuffled(path, touchpoints, seed) {
  let data = Buffer.allocUnsafe(Math.max(1 << 16, touchpoints * 64));
  const starts = new Float64Array(touchpoints + 1);
  let used = 0;
  let row = 0;
  const counts = eachRow(touchpoints, seed, (line) => {
    if (used + line.length * 3 > data.length) {
      const bigger = Buffer.allocUnsafe(data.length * 2);
      data.copy(bigger, 0, 0, used);
      data = bigger;
    }
    starts[row++] = used;
    used += data.write(line, used);
  });
  starts[row] = used;

  const order = new Uint32Array(row);
  for (let i = 0; i < row; i++) order[i] = i;
  const random = prng(seed ^ 0x5eed);
  for (let i = row - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[k];
    order[k] = t;
  }

  const fd = fs.openSync(path, 'w');
  let bytes = fs.writeSync(fd, HEADER);
  const out = Buffer.allocUnsafe(1 << 20);
  let fill = 0;
  for (let i = 0; i < row; i++) {
    const r = order[i];
    const from = starts[r];
    const to = starts[r + 1];
    if (fill + (to - from) > out.length) {
      bytes += fs.writeSync(fd, out, 0, fill);
      fill = 0;
    }
    fill += data.copy(out, fill, from, to);
  }
  bytes += fs.writeSync(fd, out, 0, fill);
  fs.closeSync(fd);
  return { ...counts, bytes };
}

module.exports = { generateTouchpoints };
