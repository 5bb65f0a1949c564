/**
 * Reading a self-evaluation form as evaluators do (spec/indicators.md): the direction of a row
 * whose form does not give one, and the 完成情况 band of a 定性 row without that column. Every
 * answer carries the inference that produced it, so the scoring can say it at the row.
 */
import { CellRef } from '../grid/address';
import { Direction, P2Inference } from '../model/types';
import { normaliseLabel } from './text';
import { directionInTarget } from './p2Values';

/** Name endings of the common indicators and the direction they carry. */
const NAME_DIRECTIONS: readonly (readonly [RegExp, Direction])[] = [
  [/(控制率|调整率|结转结余率|结余率|变动率|差错率|发生率|投诉率|事故率|超支率|超标率)$/, '<='],
  [/(事故|投诉)(次数|起数|件数|数)?$/, '<='],
  [/(执行率|完成率|覆盖率|满意度|满意率|及时率|合格率|达标率|到位率|知晓率|完好率|使用率)$/, '>='],
];

/** `预算调整率（%）`, `指标1：资金到位率` → the bare name whose ending tells the direction. */
function bareName(name: string): string {
  return normaliseLabel(name)
    .replace(/\([^()]*\)$/, '')
    .replace(/^指标\d+[:：]/, '');
}

/** The direction a common indicator's name carries (控制率 → ≤, 执行率 → ≥), with the matched ending. */
export function directionFromName(name: string): { direction: Direction; word: string } | null {
  const t = bareName(name);
  for (const [re, direction] of NAME_DIRECTIONS) {
    const m = re.exec(t);
    if (m) return { direction, word: m[0] };
  }
  return null;
}

export interface Inferred<T> {
  readonly value: T;
  readonly inference: P2Inference | null;
}

/**
 * A quantitative row's direction when the form gives none: a sign written in the target wins
 * (it is the author's own word), then the indicator's name, then ≥ (the national default).
 */
export function inferQuantitativeDirection(name: string, targetText: string, at: CellRef): Inferred<Direction> {
  const written = directionInTarget(targetText);
  if (written) return { value: written, inference: { ref: at, fields: { kind: 'directionByTarget', row: name, direction: written } } };
  const byName = directionFromName(name);
  if (byName) {
    const fields = { kind: 'directionByName' as const, row: name, direction: byName.direction, word: byName.word };
    return { value: byName.direction, inference: { ref: at, fields } };
  }
  return { value: '>=', inference: { ref: at, fields: { kind: 'directionDefault', row: name, direction: '>=' } } };
}

/** `好`/`好`, `高`/`高`: a 完成值 that repeats its 指标值 word for word. */
export function sameWords(target: string | null, actual: string | null): boolean {
  if (target === null || actual === null) return false;
  const t = normaliseLabel(target);
  return t !== '' && t === normaliseLabel(actual);
}
