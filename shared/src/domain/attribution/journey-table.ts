import { grownFloat64, grownUint8 } from './growable';
import type { JourneyFacts } from './tally';

const CONVERTED = 1;
const STATED = 2;

/**
 * @internal Each journey's conversion and value side by side in one flat array (one cache line
 * for a journey read in random order), and a byte of flags (converted, value stated): 17 bytes a
 * journey, numbered in the order they were added.
 *
 * @example
 * const table = new JourneyTable();
 * table.push(Date.UTC(2026, 2, 15), 100, true); //=> 0
 * table.push(null, 1, false);                   //=> 1
 * table.converted(1)                            //=> false
 * table.stated(0)                               //=> true
 */
export class JourneyTable implements JourneyFacts {
  count = 0;
  /** Journey j: [2j] its conversion time (when converted), [2j + 1] its value. */
  private facts = new Float64Array(2048);
  private flags = new Uint8Array(1024);

  /** Adds a journey whose value `value` was stated by a touchpoint or not; returns its number. */
  push(convertedAt: number | null, value: number, stated: boolean): number {
    const j = this.count++;
    if (j === this.flags.length) {
      this.facts = grownFloat64(this.facts, 2 * j + 2);
      this.flags = grownUint8(this.flags, j + 1);
    }
    if (convertedAt !== null) this.facts[2 * j] = convertedAt;
    this.facts[2 * j + 1] = value;
    this.flags[j] = (convertedAt === null ? 0 : CONVERTED) | (stated ? STATED : 0);
    return j;
  }

  converted(j: number): boolean {
    return ((this.flags[j] as number) & CONVERTED) !== 0;
  }

  /** The conversion time, null when journey `j` did not convert. */
  convertedAt(j: number): number | null {
    return this.converted(j) ? (this.facts[2 * j] as number) : null;
  }

  valueOf(j: number): number {
    return this.facts[2 * j + 1] as number;
  }

  /** Whether a touchpoint stated journey `j`'s value (else it holds the default). */
  stated(j: number): boolean {
    return ((this.flags[j] as number) & STATED) !== 0;
  }

  /** Sets the value a touchpoint states for journey `j`. */
  state(j: number, value: number): void {
    this.facts[2 * j + 1] = value;
    this.flags[j] = (this.flags[j] as number) | STATED;
  }
}

/**
 * @internal Channel names numbered in the order first seen. The last name looked up is checked
 * first: readers hand over one string per distinct channel, so most lookups end there.
 *
 * @example
 * const channels = new ChannelIndex();
 * channels.indexOf('Email'); //=> 0
 * channels.indexOf('Social'); //=> 1
 * channels.indexOf('Email'); //=> 0; channels.names → ['Email', 'Social']
 */
export class ChannelIndex {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private lastName: string | undefined;
  private lastIndex = -1;

  indexOf(name: string): number {
    if (name === this.lastName) return this.lastIndex;
    let index = this.byName.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.byName.set(name, index);
    }
    this.lastName = name;
    this.lastIndex = index;
    return index;
  }
}
