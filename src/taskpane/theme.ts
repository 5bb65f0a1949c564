/**
 * The pane follows Office's theme: Fluent's dark theme when Office's body background is dark
 * (the 黑色 / 深灰色 Office themes), the light one otherwise or when Office does not say.
 */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** True when `hex` (#RGB or #RRGGBB) is a dark colour (relative luminance below one half). */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex?.trim() ?? '');
  if (!m) return false;
  const digits = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Whether the pane should be dark under Office's theme. */
export function prefersDark(theme: OfficeThemeColors | undefined | null): boolean {
  return isDarkColor(theme?.bodyBackgroundColor);
}
