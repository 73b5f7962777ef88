/** Fault injection: `--faults 429:0.1,503:0.05` and `--latency 20-80`. */

export interface FaultSpec {
  status: 429 | 503;
  probability: number;
}

export interface LatencySpec {
  minMs: number;
  maxMs: number;
}

export function parseFaults(src: string | undefined): FaultSpec[] {
  if (!src || !src.trim()) return [];
  return src.split(',').map((part) => {
    const m = /^\s*(429|503)\s*:\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
    if (!m) throw new Error(`Invalid fault '${part}': use 429:0.1 or 503:0.05.`);
    const probability = Number(m[2]);
    if (probability < 0 || probability > 1) throw new Error(`Fault probability must be between 0 and 1: '${part}'.`);
    return { status: Number(m[1]) as 429 | 503, probability };
  });
}

export function parseLatency(src: string | undefined): LatencySpec | undefined {
  if (!src || !src.trim()) return undefined;
  const m = /^\s*([0-9]+)\s*(?:-\s*([0-9]+))?\s*$/.exec(src);
  if (!m) throw new Error(`Invalid latency '${src}': use 20-80 (milliseconds).`);
  const minMs = Number(m[1]);
  const maxMs = m[2] !== undefined ? Number(m[2]) : minMs;
  if (maxMs < minMs) throw new Error(`Invalid latency '${src}': the maximum is below the minimum.`);
  return { minMs, maxMs };
}

/** Picks the fault for one request, if any. `random` returns [0, 1). */
export function pickFault(faults: FaultSpec[], random: () => number): FaultSpec['status'] | undefined {
  let r = random();
  for (const f of faults) {
    if (r < f.probability) return f.status;
    r -= f.probability;
  }
  return undefined;
}

export function pickLatency(latency: LatencySpec | undefined, random: () => number): number {
  if (!latency) return 0;
  return latency.minMs + Math.floor(random() * (latency.maxMs - latency.minMs + 1));
}
