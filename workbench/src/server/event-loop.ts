/**
 * Lets other requests run between two parts of a `$batch`: `setImmediate` runs after pending I/O, so a
 * health ping that arrived meanwhile is answered before the next part starts.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
