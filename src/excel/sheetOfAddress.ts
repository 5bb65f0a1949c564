import { quoteSheet } from '../core/grid/address';

/** The sheet of "'S'!$A$1" — matched against the real names (a name may contain '!'). */
export function sheetOfAddress(address: string, names: readonly string[]): string | null {
  const prefix = address.slice(0, address.lastIndexOf('!'));
  return names.find((n) => prefix === n || prefix === quoteSheet(n)) ?? null;
}
