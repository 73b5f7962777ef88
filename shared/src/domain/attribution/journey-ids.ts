import { grownInt32, grownUint16 } from './growable';

/**
 * @internal Journey ids → journey numbers (0, 1, 2, … in the order first seen), looked up from
 * a slice of a longer text (a CSV chunk) without making a string for it. The ids' characters sit
 * end to end in one array and the table is open addressing over typed arrays: about 30 bytes a
 * journey of 8-character ids, where a Map holds an entry and a string object each (about 70), and
 * no garbage per lookup, which is most of what a shuffled file of 1,000,000 rows costs.
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
  /** Slot → journey number + 1; 0 is an empty slot. Its length is a power of 2, at most half full. */
  private slots = new Int32Array(2048);
  private hashes = new Int32Array(1024);
  /** Journey j's id is chars[starts[j]] … chars[starts[j + 1] − 1]. */
  private starts = new Int32Array(1025);
  private chars = new Uint16Array(8192);
  private count = 0;

  /** How many ids. */
  get size(): number {
    return this.count;
  }

  /** The number of the id `text.slice(start, end)`, or −1 when it has none yet. */
  find(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const j = (this.slots[slot] as number) - 1;
      if (j < 0) return -1;
      if (this.hashes[j] === hash && this.equals(j, text, start, end)) return j;
    }
  }

  /** Gives the id `text.slice(start, end)`, which must not have one yet, the next number. */
  insert(text: string, start: number, end: number): number {
    const j = this.count++;
    const hash = hashOf(text, start, end);
    if (j === this.hashes.length) this.hashes = grownInt32(this.hashes, j + 1);
    if (j + 1 === this.starts.length) this.starts = grownInt32(this.starts, j + 2);
    this.hashes[j] = hash;
    const from = this.starts[j] as number;
    const to = from + (end - start);
    if (to > this.chars.length) this.chars = grownUint16(this.chars, to);
    for (let i = start, k = from; i < end; i++, k++) this.chars[k] = text.charCodeAt(i);
    this.starts[j + 1] = to;
    if (2 * this.count > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(j, hash);
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

  private place(j: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = j + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let j = 0; j < this.count; j++) this.place(j, this.hashes[j] as number);
  }
}

/** FNV-1a over the UTF-16 code units, then mixed so that nearby ids spread over the table. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
