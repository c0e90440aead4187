// Placeholder: the parser lands in the next commit.
import type { mod } from './ast.js';
export type ParseMode = 'exec' | 'eval' | 'single';
export function parse(source: string, filename: string, mode: ParseMode = 'exec'): mod {
  throw new Error(`parser not implemented: ${filename} ${mode} ${source.length}`);
}
