import { grownInt32, grownUint16 } from './growable';

/**
 * @internal Journey ids → journey numbers (0, 1, 2, … in the order first seen), looked up from
 * a slice of a longer text (a CSV chunk) without making a string for it. The ids' characters sit
 * end to end in one array and the table is open addressing over typed arrays: about 50 bytes a
 * journey of 8-character ids, where a Map holds an entry and a string object each, and no garbage
 * per lookup.
 *
 * A shuffled file looks up a different journey on every row, and each array it touches is a cache
 * miss, so a slot holds the id's hash and, for an id of up to 8 characters below U+0100 (J0000001,
 * 12345678), the characters themselves: such a lookup reads one slot and nothing else.
 *
 * @example
 * const ids = new JourneyIds();
 * ids.find('J1,Email', 0, 2)   //=> -1 (not seen)
 * ids.insert('J1,Email', 0, 2) //=> 0
 * ids.insert('J2', 0, 2)       //=> 1
 * ids.find('x,J1', 2, 4)       //=> 0
 * ids.id(1)                    //=> 'J2'
 */
export class JourneyIds {
  /**
   * Slot s: [4s] journey number + 1 (0: empty), [4s + 1] the id's hash, [4s + 2] and [4s + 3] its
   * characters packed a byte each (0 and 0 when the id is longer than 8 or has a character from
   * U+0100 up). 2048 slots to start, a power of 2, at most half full.
   */
  private slots = new Int32Array(4 * 2048);
  /** Journey j's id is chars[starts[j]] … chars[starts[j + 1] − 1]. */
  private starts = new Int32Array(1025);
  private chars = new Uint16Array(8192);
  private count = 0;
  /** The key of the last id hashed: its hash and packed characters. */
  private hash = 0;
  private low = 0;
  private high = 0;

  /** How many ids. */
  get size(): number {
    return this.count;
  }

  /** The number of the id `text.slice(start, end)`, or −1 when it has none yet. */
  find(text: string, start: number, end: number): number {
    this.key(text, start, end);
    const { hash, low, high, slots } = this;
    const mask = (slots.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const j = (slots[at] as number) - 1;
      if (j < 0) return -1;
      if (slots[at + 1] !== hash) continue;
      // Packed ids are equal exactly when their words are; the others compare their characters.
      if (low !== 0 ? slots[at + 2] === low && slots[at + 3] === high : slots[at + 2] === 0 && this.equals(j, text, start, end)) return j;
    }
  }

  /** Gives the id `text.slice(start, end)`, which must not have one yet, the next number. */
  insert(text: string, start: number, end: number): number {
    const j = this.count++;
    if (j + 1 === this.starts.length) this.starts = grownInt32(this.starts, j + 2);
    const from = this.starts[j] as number;
    const to = from + (end - start);
    if (to > this.chars.length) this.chars = grownUint16(this.chars, to);
    for (let i = start, k = from; i < end; i++, k++) this.chars[k] = text.charCodeAt(i);
    this.starts[j + 1] = to;
    // More than half full: twice the slots, every id placed again.
    if (2 * this.count > this.slots.length >> 2) this.rehash();
    this.key(text, start, end);
    this.place(j, this.hash, this.low, this.high);
    return j;
  }

  /** Whether journey `j`'s id is `text.slice(start, end)`. */
  equals(j: number, text: string, start: number, end: number): boolean {
    const from = this.starts[j] as number;
    if ((this.starts[j + 1] as number) - from !== end - start) return false;
    for (let i = start, k = from; i < end; i++, k++) if (this.chars[k] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Journey `j`'s id as a string (for messages). */
  id(j: number): string {
    let s = '';
    for (let k = this.starts[j] as number; k < (this.starts[j + 1] as number); k++) s += String.fromCharCode(this.chars[k] as number);
    return s;
  }

  /**
   * Sets `hash`, `low` and `high` for the id `text.slice(start, end)`: FNV-1a over its UTF-16
   * code units, mixed so that nearby ids spread over the table, and its characters packed (both
   * words 0 when it cannot be packed).
   */
  private key(text: string, start: number, end: number): void {
    let h = 0x811c9dc5;
    let low = 0;
    let high = 0;
    let packable = end - start <= 8;
    for (let i = start, k = 0; i < end; i++, k++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      if (c === 0 || c > 0xff) packable = false;
      else if (k < 4) low |= c << (8 * k);
      else if (k < 8) high |= c << (8 * (k - 4));
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    this.hash = h ^ (h >>> 13);
    this.low = packable ? low : 0;
    this.high = packable ? high : 0;
  }

  private place(j: number, hash: number, low: number, high: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    while (slots[4 * slot] !== 0) slot = (slot + 1) & mask;
    slots[4 * slot] = j + 1;
    slots[4 * slot + 1] = hash;
    slots[4 * slot + 2] = low;
    slots[4 * slot + 3] = high;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] !== 0) this.place((old[at] as number) - 1, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
    }
  }
}
