// Re-exports for slice.ts (keeps its import list short).
export { index, repr, richCompare as richCompareT } from './abstract.js';
export { typeOf } from './object.js';
