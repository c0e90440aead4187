// Interpreter state that belongs to a thread but lives in a module (the running generator's outer
// exceptions, the current contextvars Context, asyncio's running loop). Each registers a slot here;
// the scheduler (threads.ts) saves and restores the slots when it switches threads. A leaf module, so
// that any module can register at load time without an import cycle.

export interface ThreadSlot {
  get(): unknown;
  set(v: unknown): void;
  /** The value a new thread starts with. */
  fresh(): unknown;
}

export const threadSlots: ThreadSlot[] = [];

export function registerThreadSlot(slot: ThreadSlot): void {
  threadSlots.push(slot);
}
