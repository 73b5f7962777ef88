/**
 * The failure half of every state machine's result. Rules return `{ ok: false, reason }` instead
 * of throwing, so the UI can show the reason and the caller must handle it.
 */
export interface Rejection {
  ok: false;
  reason: string;
}

export function reject(reason: string): Rejection {
  return { ok: false, reason };
}
