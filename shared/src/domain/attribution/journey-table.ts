import { grownFloat64, grownUint8 } from './growable';
import type { JourneyFacts } from './tally';

/**
 * @internal Each journey's conversion and value in flat arrays (17 bytes a journey), numbered in
 * the order they were added.
 *
 * @example
 * const table = new JourneyTable();
 * table.push(Date.UTC(2026, 2, 15), 100); //=> 0
 * table.push(null, 1);                    //=> 1
 * table.converted(1)                      //=> false
 */
export class JourneyTable implements JourneyFacts {
  count = 0;
  private at = new Float64Array(1024);
  private value = new Float64Array(1024);
  private hasConverted = new Uint8Array(1024);

  /** Adds a journey; returns its number. */
  push(convertedAt: number | null, value: number): number {
    const j = this.count++;
    if (j === this.at.length) {
      this.at = grownFloat64(this.at, j + 1);
      this.value = grownFloat64(this.value, j + 1);
      this.hasConverted = grownUint8(this.hasConverted, j + 1);
    }
    if (convertedAt !== null) {
      this.at[j] = convertedAt;
      this.hasConverted[j] = 1;
    }
    this.value[j] = value;
    return j;
  }

  converted(j: number): boolean {
    return this.hasConverted[j] === 1;
  }

  /** The conversion time, null when journey `j` did not convert. */
  convertedAt(j: number): number | null {
    return this.hasConverted[j] === 1 ? (this.at[j] as number) : null;
  }

  valueOf(j: number): number {
    return this.value[j] as number;
  }

  setValue(j: number, value: number): void {
    this.value[j] = value;
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
