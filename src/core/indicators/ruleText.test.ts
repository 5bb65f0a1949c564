import { dec } from '../money';
import { RuleProblem, isProblem, number, parseRule, ruleKind } from './ruleText';
import { RuleSpec } from './schemes';

const rule = (
  kind: string,
  params: string,
  indicator: Parameters<typeof parseRule>[2] = 'carryoverRate',
): RuleSpec | RuleProblem => parseRule(ruleKind(kind)!, params, indicator);

describe('规则 words', () => {
  it.each([
    ['正向', 'positive'],
    ['反向', 'reverse'],
    ['等于', 'equal'],
    ['执行率', 'budgetExecution'],
    ['每点扣分', 'deductPerPoint'],
    ['分档', 'bands'],
    [' 每点 扣分 ', 'deductPerPoint'],
  ])('%s → %s', (text, kind) => expect(ruleKind(text)).toBe(kind));

  it('anything else is not a rule', () => {
    expect(ruleKind('每点扣')).toBeNull();
    expect(ruleKind('')).toBeNull();
  });
});

describe('numbers in 参数', () => {
  it('reads percentages as ratios and plain numbers as written', () => {
    expect(number('100%')?.toString()).toBe('1');
    expect(number('0.5')?.toString()).toBe('0.5');
    expect(number('１０％')?.toString()).toBe('0.1');
    expect(number('abc')).toBeNull();
    expect(number('')).toBeNull();
  });
});

describe('parameters of each rule', () => {
  it('正向/反向/等于 take a target, named or bare', () => {
    expect(rule('正向', '目标=95%')).toEqual({ kind: 'positive', target: dec('0.95') });
    expect(rule('反向', '5%')).toEqual({ kind: 'reverse', target: dec('0.05') });
    expect(rule('等于', '目标：100%')).toEqual({ kind: 'equal', target: dec(1) });
  });

  it('a missing target is a problem naming 目标', () => {
    expect(rule('正向', '')).toEqual({ problem: 'param', name: '目标', found: '' });
    expect(rule('反向', '目标=很低')).toEqual({ problem: 'param', name: '目标', found: '目标=很低' });
  });

  it('执行率 takes no parameters', () => expect(rule('执行率', '')).toEqual({ kind: 'budgetExecution' }));

  it('每点扣分 reads 阈值, 每点 and 步长 (1 by default), in any order and with full-width marks', () => {
    expect(rule('每点扣分', '阈值=100%; 每点=0.5; 步长=1')).toEqual({
      kind: 'deductPerPoint',
      threshold: dec(1),
      perPoint: dec('0.5'),
      step: dec(1),
      side: 'over',
    });
    expect(rule('每点扣分', '每点＝2；阈值＝100%')).toMatchObject({
      perPoint: dec(2),
      threshold: dec(1),
      step: dec(1),
    });
  });

  it('每点扣分 deducts below the threshold for rates where higher is better, unless 方向 says otherwise', () => {
    expect(rule('每点扣分', '阈值=100%; 每点=2; 步长=5', 'budgetCompletionRate')).toMatchObject({
      side: 'under',
      step: dec(5),
    });
    expect(rule('每点扣分', '阈值=100%; 每点=2; 方向=超过', 'budgetCompletionRate')).toMatchObject({ side: 'over' });
    expect(rule('每点扣分', '阈值=0; 每点=0.8; 方向=低于', 'threePublicChangeRate')).toMatchObject({ side: 'under' });
  });

  it('每点扣分 with a typo names the parameter and what was found', () => {
    expect(rule('每点扣分', '阈值=100%; 每点=abc')).toEqual({ problem: 'param', name: '每点', found: '每点=abc' });
    expect(rule('每点扣分', '每点=1')).toEqual({ problem: 'param', name: '阈值', found: '' });
    expect(rule('每点扣分', '阈值=1; 每点=1; 步长=0')).toEqual({ problem: 'param', name: '步长', found: '步长=0' });
    expect(rule('每点扣分', '阈值=1; 每点=1; 方向=左')).toEqual({ problem: 'param', name: '方向', found: '方向=左' });
  });

  it('分档 reads inclusive upper bounds, `<` bounds and the open band', () => {
    expect(rule('分档', '0:5; 10%:4; 20%:3; 30%:2; :0')).toEqual({
      kind: 'bands',
      bands: [
        { upTo: dec(0), inclusive: true, score: dec(5) },
        { upTo: dec('0.1'), inclusive: true, score: dec(4) },
        { upTo: dec('0.2'), inclusive: true, score: dec(3) },
        { upTo: dec('0.3'), inclusive: true, score: dec(2) },
        { upTo: null, inclusive: false, score: dec(0) },
      ],
    });
    expect(rule('分档', '<60%:0；<90%:4；:5')).toMatchObject({
      bands: [
        { upTo: dec('0.6'), inclusive: false },
        { upTo: dec('0.9'), inclusive: false },
        { upTo: null, score: dec(5) },
      ],
    });
  });

  it('分档 out of order, after the open band, or without a score is a problem showing the band', () => {
    expect(rule('分档', '10%:4; 5%:5')).toEqual({ problem: 'bands', found: '5%:5' });
    expect(rule('分档', ':0; 10%:4')).toEqual({ problem: 'bands', found: '10%:4' });
    expect(rule('分档', '10%:')).toEqual({ problem: 'bands', found: '10%:' });
    expect(isProblem(rule('分档', ''))).toBe(true);
  });
});
