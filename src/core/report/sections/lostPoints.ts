/**
 * 六's items for scored rows that lost points, worded by the kind of loss (budget execution, a
 * rate missed, a quantity short or over, a qualitative band) and rotated within a kind, so no
 * sentence pattern repeats itself down the list (the seed's 六 read as one sentence seven times).
 */
import { Inline, LiveNumber } from '../document';
import { sentence } from '../live';

/** What kind of shortfall a row shows. */
export type LossKind = 'execution' | 'rateShort' | 'rateOver' | 'quantityShort' | 'quantityOver' | 'qualitative';

/** The parts of one item: the 三级指标, its target and actual as shown, the points lost, the reason. */
export interface LostParts {
  readonly name: string;
  readonly target: readonly Inline[];
  readonly actual: readonly Inline[];
  readonly deducted: LiveNumber;
  readonly reason: string;
}

type Pattern = (p: LostParts) => Inline[];

const end = (p: LostParts): Inline[] => sentence('扣', p.deducted, `分。${p.reason}`);

/** At least two wordings per kind; items of one kind take them in turn. */
export const LOSS_PATTERNS: Readonly<Record<LossKind, readonly Pattern[]>> = {
  // Opens differently from the 执行率 warning (`预算执行率为85.00%，低于90%。`) that may precede it.
  execution: [
    (p) => sentence(`预算执行方面，${p.name}为`, ...p.actual, '，距', ...p.target, '的年度目标尚有差距，', ...end(p)),
    (p) => sentence(`${p.name}为`, ...p.actual, '，未达到', ...p.target, '的年度目标，', ...end(p)),
  ],
  rateShort: [
    (p) => sentence(`${p.name}实际为`, ...p.actual, '，低于', ...p.target, '的目标值，', ...end(p)),
    (p) => sentence(`${p.name}目标`, ...p.target, '，实际仅达到', ...p.actual, '，', ...end(p)),
    (p) => sentence(`${p.name}为`, ...p.actual, '（目标', ...p.target, '），未达标，', ...end(p)),
  ],
  rateOver: [
    (p) => sentence(`${p.name}为`, ...p.actual, '，高于', ...p.target, '的控制目标，', ...end(p)),
    (p) => sentence(`${p.name}应控制在`, ...p.target, '，实际为', ...p.actual, '，', ...end(p)),
  ],
  quantityShort: [
    (p) => sentence(`${p.name}计划`, ...p.target, '，实际完成', ...p.actual, '，未完成年度目标，', ...end(p)),
    (p) => sentence(`${p.name}完成`, ...p.actual, '，少于年度目标', ...p.target, '，', ...end(p)),
  ],
  quantityOver: [
    (p) => sentence(`${p.name}实际`, ...p.actual, '，超出', ...p.target, '的目标，', ...end(p)),
    (p) => sentence(`${p.name}目标控制在`, ...p.target, '以内，实际为', ...p.actual, '，', ...end(p)),
  ],
  qualitative: [
    (p) => sentence(`${p.name}年度目标为“`, ...p.target, '”，实际评价为“', ...p.actual, '”，', ...end(p)),
    (p) => sentence(`${p.name}未达到“`, ...p.target, '”的要求（实际：', ...p.actual, '），', ...end(p)),
  ],
};

/**
 * The items in order, each kind taking its wordings in turn (the nth item of a kind uses
 * wording n mod count): two items of one kind in a row never share a wording.
 */
export function lostPointsSentences(items: readonly { kind: LossKind; parts: LostParts }[]): Inline[][] {
  const seen = new Map<LossKind, number>();
  return items.map(({ kind, parts }) => {
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    const patterns = LOSS_PATTERNS[kind];
    return patterns[n % patterns.length](parts);
  });
}
