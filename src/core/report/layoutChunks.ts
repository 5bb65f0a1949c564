/**
 * Splitting a long paragraph over several rows. A row cannot be taller than 409 pt and is
 * never split across printed pages, so a paragraph is cut into row-sized pieces, at a
 * sentence end when one is near.
 */
import { Inline } from './document';
import { liveText } from './live';
import { addTextPixels, textPixels, usablePixels } from './layoutMeasure';

type Atom = { readonly inline: Inline; readonly width: number; readonly breakAfter: boolean };

const SENTENCE_END = /[。；！？;!?]/;

function atomsOf(inlines: readonly Inline[], fontPt: number): Atom[] {
  const atoms: Atom[] = [];
  for (const x of inlines) {
    if (typeof x === 'string') {
      for (const ch of x) atoms.push({ inline: ch, width: textPixels(ch, fontPt), breakAfter: SENTENCE_END.test(ch) });
    } else {
      atoms.push({ inline: x, width: textPixels(liveText(x), fontPt), breakAfter: false });
    }
  }
  return atoms;
}

/**
 * `firstIndent` plus the width of every atom, added in the order chunkInlines adds them (so the
 * float total is the same as its running `used` at the end).
 */
function widthOf(inlines: readonly Inline[], fontPt: number, firstIndent: number): number {
  let used = firstIndent;
  for (const x of inlines) {
    if (typeof x === 'string') used = addTextPixels(used, x, fontPt);
    else used += textPixels(liveText(x), fontPt);
  }
  return used;
}

/** The inlines as one piece would give them: adjacent texts joined, empty texts dropped. */
function merged(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const x of inlines) {
    const last = out[out.length - 1];
    if (typeof x === 'string') {
      if (x === '') continue;
      if (typeof last === 'string') out[out.length - 1] = last + x;
      else out.push(x);
    } else out.push(x);
  }
  return out;
}

function inlinesOf(atoms: readonly Atom[]): Inline[] {
  const out: Inline[] = [];
  for (const a of atoms) {
    const last = out[out.length - 1];
    if (typeof a.inline === 'string' && typeof last === 'string') out[out.length - 1] = last + a.inline;
    else out.push(a.inline);
  }
  return out;
}

/**
 * Cuts inlines into pieces of at most `maxLines` wrapped lines each (`firstIndent` px taken by
 * the first line's indent). Live numbers are never cut. One piece when it all fits.
 */
export function chunkInlines(inlines: readonly Inline[], fontPt: number, spanPixels: number, maxLines: number, firstIndent = 0): Inline[][] {
  // A piece gets 90% of its lines' width, as wrapping wastes part of each line.
  const capacity = usablePixels(spanPixels) * maxLines * 0.9;
  // Most paragraphs fit one piece: then no atom is ever cut, so skip building one per character.
  if (widthOf(inlines, fontPt, firstIndent) <= capacity) return [merged(inlines)];
  const atoms = atomsOf(inlines, fontPt);
  const pieces: Inline[][] = [];
  let start = 0;
  let used = firstIndent;
  let lastBreak = -1;
  for (let i = 0; i < atoms.length; i++) {
    if (used + atoms[i].width > capacity && i > start) {
      // Cut after the last sentence end when it is in the second half of the piece.
      const cut = lastBreak >= start + (i - start) / 2 ? lastBreak + 1 : i;
      pieces.push(inlinesOf(atoms.slice(start, cut)));
      start = cut;
      used = atoms.slice(cut, i).reduce((w, a) => w + a.width, 0);
      lastBreak = -1;
      for (let j = cut; j < i; j++) if (atoms[j].breakAfter) lastBreak = j;
    }
    used += atoms[i].width;
    if (atoms[i].breakAfter) lastBreak = i;
  }
  if (start < atoms.length || pieces.length === 0) pieces.push(inlinesOf(atoms.slice(start)));
  return pieces;
}
