/**
 * The fingerprints of our last write as the CLI and the web page keep them (a custom XML part,
 * root `perfReportWritten` in namespace WRITTEN_NS, holding the state's JSON), and the choice
 * between several stored states. Pure: the package writer and the add-in (which gets the
 * part's text from `customXmlParts`) share it.
 */
import { CellEntry, WrittenState, contentPrint, parseWritten, printAt } from './fingerprint';
import { unescapeXml } from '../../text/xmlEntities';

export const WRITTEN_NS = 'urn:perf-report:written:1';

/** The state our custom XML item holds, or null when it is not one we understand. */
export function stateFromItemXml(xml: string): WrittenState | null {
  const body = /<(?:[\w.-]+:)?perfReportWritten\b[^>]*>([\s\S]*?)<\//.exec(xml);
  if (!body) return null;
  try {
    return parseWritten(JSON.parse(unescapeXml(body[1])));
  } catch {
    return null;
  }
}

/**
 * Of the stored states, the one whose content prints match the most rows of the report as it
 * is now: the states carry no clock, and the one the sheet was last written from matches every
 * row the user left alone. A tie keeps the earlier state; no match at all gives null.
 */
export function bestState(
  states: readonly (WrittenState | null)[],
  current: readonly (readonly (CellEntry | null)[] | undefined)[],
): WrittenState | null {
  let best: WrittenState | null = null;
  let bestScore = 0;
  for (const s of states) {
    const p = s?.done ?? s?.pending;
    if (!s || !p) continue;
    let score = 0;
    for (let r = 0; r < current.length; r++)
      if (printAt(p.content, r) === contentPrint(current[r] ?? [], p.cols)) score++;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}
