/** Readers' header columns with their words taken from the table registry (tables/synonyms.ts). */
import { TableId } from '../model/types';
import { columnWords } from '../tables/registry';
import { HeaderColumn } from './header';

/** One column of a reader: its key and how strictly it matches; the words are the registry's. */
export interface ColumnUse {
  readonly key: string;
  readonly required?: boolean;
  readonly exact?: boolean;
  /** The registry key to take the words from, when it differs from `key`. */
  readonly from?: string;
}

/** The header columns of `table` for these keys, in the reader's order. */
export function vocabulary(table: TableId, uses: readonly ColumnUse[]): HeaderColumn[] {
  return uses.map(({ from, ...use }) => ({ ...use, words: columnWords(table, from ?? use.key) }));
}
