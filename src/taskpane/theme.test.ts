import { isDarkColor, prefersDark } from './theme';

describe("the pane's theme follows Office", () => {
  it('is dark on the 黑色 and 深灰色 Office themes and light on 白色 and 彩色', () => {
    expect(prefersDark({ bodyBackgroundColor: '#262626' })).toBe(true); // 黑色
    expect(prefersDark({ bodyBackgroundColor: '#404040' })).toBe(true); // 深灰色
    expect(prefersDark({ bodyBackgroundColor: '#FFFFFF' })).toBe(false); // 白色
    expect(prefersDark({ bodyBackgroundColor: '#F3F3F3' })).toBe(false); // 彩色
  });

  it('is light when Office gives no theme or a colour it cannot read', () => {
    expect(prefersDark(undefined)).toBe(false);
    expect(prefersDark({})).toBe(false);
    expect(isDarkColor('rgb(0,0,0)')).toBe(false);
    expect(isDarkColor('#000')).toBe(true);
  });
});
