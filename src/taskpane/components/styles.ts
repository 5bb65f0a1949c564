import type { CSSProperties } from 'react';
import { tokens } from '@fluentui/react-components';

export const tableStyle: CSSProperties = {
  borderCollapse: 'collapse',
  width: '100%',
  margin: '4px 0 12px',
  fontSize: 12,
};
export const cellStyle: CSSProperties = {
  border: `1px solid ${tokens.colorNeutralStroke2}`, // a theme token: the dark theme's cells are not white-ruled
  padding: '2px 4px',
  textAlign: 'left',
  verticalAlign: 'top',
};
/** Short codes and units that must not break across lines in a 350 px pane. */
export const shortCellStyle: CSSProperties = { ...cellStyle, whiteSpace: 'nowrap' };
export const numberCellStyle: CSSProperties = { ...cellStyle, textAlign: 'right', whiteSpace: 'nowrap' };
