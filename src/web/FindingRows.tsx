import * as React from 'react';
import { tokens } from '@fluentui/react-components';
import { PaneFinding } from '../taskpane/paneModel';
import { columnLetters, parseA1 } from '../core/grid/address';
import { WorkbookSnapshot, rawAt } from '../core/grid/snapshot';
import { cellText } from '../core/recognise/common';

const AROUND_ROWS = 2;
const AROUND_COLS = 2;

const cellStyle: React.CSSProperties = {
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  padding: '1px 4px',
  whiteSpace: 'nowrap',
  maxWidth: 140,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};
const headStyle: React.CSSProperties = { ...cellStyle, background: tokens.colorNeutralBackground3, fontWeight: 400 };

/** The rows around a finding's cell, its cell marked: the page cannot go to the cell in a workbook. */
export function FindingRows(props: { snapshot: WorkbookSnapshot; f: PaneFinding }) {
  const at = props.f.cell;
  return at ? <CellRows snapshot={props.snapshot} sheet={at.sheet} a1={at.a1} testId="finding-rows" /> : null;
}

/** The rows around a cell of the workbook (a score row's source clicked on the web page), the cell marked. */
export function CellRows(props: { snapshot: WorkbookSnapshot; sheet: string; a1: string; testId: string }) {
  const ws = props.snapshot.sheets.find((s) => s.name === props.sheet);
  if (!ws) return null;
  const at = { sheet: props.sheet, ...parseA1(props.a1) };
  const rows = range(Math.max(0, at.row - AROUND_ROWS), at.row + AROUND_ROWS);
  const cols = range(Math.max(0, at.col - AROUND_COLS), at.col + AROUND_COLS);
  return (
    <table data-testid={props.testId} style={{ borderCollapse: 'collapse', fontSize: 11, margin: '4px 0' }}>
      <thead>
        <tr>
          <th style={headStyle} />
          {cols.map((c) => (
            <th key={c} style={headStyle}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            <th style={headStyle}>{r + 1}</th>
            {cols.map((c) => {
              const here = r === at.row && c === at.col;
              return (
                <td
                  key={c}
                  data-here={here || undefined}
                  style={
                    here
                      ? { ...cellStyle, outline: `2px solid ${tokens.colorPaletteRedBorder2}`, fontWeight: 600 }
                      : cellStyle
                  }
                >
                  {cellText(rawAt(ws, r, c))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
