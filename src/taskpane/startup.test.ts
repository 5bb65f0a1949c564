import { startupOf } from './startup';

const WEB = 'https://addin.example.cn/perf-report/web.html';
const inExcel = (supported: string, extra: object = {}) => ({
  context: {
    displayLanguage: 'zh-CN',
    requirements: {
      isSetSupported: (name: string, v: string) =>
        name === 'ExcelApi' && Number(v.split('.')[1]) <= Number(supported.split('.')[1]),
    },
    ...extra,
  },
});

describe('what the pane knows before its first render', () => {
  it('runs quietly in a current Excel', () => {
    const s = startupOf(inExcel('1.17'), { host: 'Excel' }, true, WEB);
    expect(s).toMatchObject({ lang: 'zh-CN', dark: false, problem: null, notice: null });
    expect(s.isSetSupported!('ExcelApi', '1.13')).toBe(true);
  });

  it('warns, without stopping, that merged cells cannot be read before ExcelApi 1.13', () => {
    const s = startupOf(inExcel('1.12'), { host: 'Excel' }, true, WEB);
    expect(s.problem).toBeNull();
    expect(s.notice).toMatchObject({ intent: 'warning', title: '此版本 Excel 不支持加载项读取合并单元格' });
  });

  it('stops in an Excel without ExcelApi 1.9 and outside Excel, giving the web page address', () => {
    for (const s of [
      startupOf(inExcel('1.8'), { host: 'Excel' }, true, WEB),
      startupOf(undefined, { host: 'Word' }, false, WEB),
    ]) {
      expect(s.problem?.title).toBe('需要在 Excel 中打开');
      expect(s.problem?.action).toContain('网页版地址：');
      expect(s.problem?.link).toBe(WEB); // shown as a link (issue 11), no longer inside the text
      expect(s.notice).toBeNull();
    }
  });

  it("turns dark with Office's dark themes and speaks English when Office does", () => {
    const s = startupOf(
      inExcel('1.17', { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' } }),
      { host: 'Excel' },
      true,
      WEB,
    );
    expect(s).toMatchObject({ lang: 'en-US', dark: true });
  });

  it('assumes every requirement set on a test page outside Office (the fake Excel)', () => {
    const s = startupOf(undefined, undefined, true, WEB);
    expect(s).toMatchObject({ problem: null, notice: null, isSetSupported: undefined });
  });

  it('speaks the browser language when Office gives none (the pane opened in a browser)', () => {
    expect(startupOf(undefined, undefined, true, WEB, 'en-US').lang).toBe('en-US');
    expect(startupOf(undefined, undefined, true, WEB, 'zh-CN').lang).toBe('zh-CN');
    expect(startupOf(inExcel('1.17', { displayLanguage: 'zh-CN' }), { host: 'Excel' }, true, WEB, 'en-US').lang).toBe(
      'zh-CN',
    );
  });
});
