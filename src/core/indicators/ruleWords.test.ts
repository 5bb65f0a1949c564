import { dec } from '../money';
import { SCHEMES } from './schemes';
import { directionWords, ruleWords, specWords } from './ruleWords';
import { Direction } from '../model/types';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const deduct = { kind: 'deductPerPoint', threshold: dec('1'), perPoint: dec('0.5'), step: dec('1'), side: 'over' } as const;

describe('a score row’s rule in words', () => {
  it('says it in Chinese for the report, as before', () => {
    expect(specWords(deduct)).toBe('不高于100.00%得满分，每超过1个百分点扣0.5分，扣完为止');
    expect(ruleWords({ kind: 'form', direction: '>=' })).toBe(
      '正向指标：实际值≥目标值得满分，否则按实际值÷目标值×分值计分',
    );
    expect(ruleWords(null, 'en-US')).toBe('');
  });

  it('says it in English for the English pane, the step count and the side included', () => {
    expect(specWords(deduct, 'en-US')).toBe('full marks at or below 100.00%; 0.5 off for every 1 percentage point above, down to 0');
    expect(specWords({ ...deduct, side: 'under', step: dec('5') }, 'en-US')).toBe(
      'full marks at or above 100.00%; 0.5 off for every 5 percentage points below, down to 0',
    );
    expect(specWords({ kind: 'positive', target: dec('0.95') }, 'en-US')).toBe(
      'higher is better: full marks when actual ≥ target, else actual ÷ target × points (target 95.00%)',
    );
    expect(
      specWords(
        {
          kind: 'bands',
          bands: [
            { upTo: dec('0.1'), inclusive: true, score: dec('5') },
            { upTo: null, inclusive: false, score: dec('0') },
          ],
        },
        'en-US',
      ),
    ).toBe('in bands: ≤10.00% scores 5; otherwise 0');
  });

  it('has no Chinese in English for any rule of any built-in scheme or any 指标性质', () => {
    for (const scheme of Object.values(SCHEMES))
      for (const row of scheme.rows)
        if (row.source === 'indicator') expect(specWords(row.rule, 'en-US')).not.toMatch(CJK);
    for (const d of ['>=', '<=', '=', 'qualitative'] as Direction[]) expect(directionWords(d, 'en-US')).not.toMatch(CJK);
  });
});
