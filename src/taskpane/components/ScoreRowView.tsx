import * as React from 'react';
import { Button, Link, Text, tokens } from '@fluentui/react-components';
import { PaneCell, PaneScoreGroup, PaneScoreRow } from '../scoreModel';
import { ScoreStrings } from '../scoreStrings';

export type Select = (sheet: string, a1: string) => void;

/** The rows around a cell, shown in place of going to it (the web page); absent in Excel. */
export type CellContext = (cell: { sheet: string; a1: string }) => React.ReactNode;

const ROW: React.CSSProperties = {
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  padding: '4px 0 6px',
  fontSize: 12,
};
const PENDING: React.CSSProperties = { color: tokens.colorPaletteRedForeground1, fontWeight: 600 };
const SHORT: React.CSSProperties = { color: tokens.colorPaletteDarkOrangeForeground1 };

/** A cell as a link that goes to it, or as plain text where nothing can go to it (the web page). */
export function CellLink(props: { cell: PaneCell; onSelect?: Select }) {
  const { cell, onSelect } = props;
  if (!onSelect) return <span data-testid="cell-ref">{cell.label}</span>;
  return (
    <Link as="button" data-testid="cell-ref" onClick={() => onSelect(cell.sheet, cell.a1)}>
      {cell.label}
    </Link>
  );
}

function Reason(props: { row: PaneScoreRow; s: ScoreStrings; onSelect?: Select }) {
  const { row, s, onSelect } = props;
  if (row.reason.trim() !== '')
    return (
      <div data-testid="score-reason">
        {s.reason}
        {s.colon}
        {row.reason}
      </div>
    );
  // A row at full marks needs no reason; a built-in scheme's row has no cell for one (the report's 存在问题 says it).
  if (!row.lostAny || !row.reasonCell)
    return (
      <div data-testid="score-reason" style={{ color: tokens.colorNeutralForeground3 }}>
        {s.reason}
        {s.colon}
        {row.pending ? s.reasonPending : row.lostAny ? s.reasonInReport : s.reasonNotNeeded}
      </div>
    );
  const cell = row.reasonCell;
  return (
    <div data-testid="score-reason">
      {s.reason}
      {s.colon}
      <span style={SHORT}>{s.noReason}</span>{' '}
      {onSelect ? (
        <Button size="small" appearance="outline" onClick={() => onSelect(cell.sheet, cell.a1)}>
          {s.writeReason}
        </Button>
      ) : (
        <span>（{cell.label}）</span>
      )}
    </div>
  );
}

/**
 * Where nothing can go to a cell (the web page), a click on it shows the rows around it under
 * the row instead, a second click on it hides them.
 */
function usePeek(onSelect: Select | undefined, cellContext: CellContext | undefined) {
  const [peek, setPeek] = React.useState<{ sheet: string; a1: string } | null>(null);
  if (onSelect || !cellContext) return { select: onSelect, view: null };
  const select: Select = (sheet, a1) => setPeek((p) => (p && p.sheet === sheet && p.a1 === a1 ? null : { sheet, a1 }));
  return { select, view: peek && cellContext(peek) };
}

function ScoreRowView(props: { row: PaneScoreRow; s: ScoreStrings; onSelect?: Select; cellContext?: CellContext }) {
  const { row, s } = props;
  const { select, view } = usePeek(props.onSelect, props.cellContext);
  const lost = row.pending
    ? s.pending(row.pending)
    : row.lostAny
      ? `${s.lost(row.lost)}${s.colon}${s.lostWhy(row.actual, row.target)}`
      : s.met;
  return (
    <div data-testid="score-row" style={ROW}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 6 }}>
        <Text weight="semibold" size={200}>
          {row.name}
        </Text>
        <Text size={200} style={{ whiteSpace: 'nowrap' }} data-testid="score-points">
          {row.score} / {row.weight}
        </Text>
      </div>
      <div data-testid="score-target">
        {s.target} {row.target} · {s.actual} {row.actual}
      </div>
      {row.rule && (
        <div data-testid="score-rule">
          {s.rule}
          {s.colon}
          {row.rule}
        </div>
      )}
      <div data-testid="score-lost" style={row.pending ? PENDING : row.lostAny ? SHORT : undefined}>
        {lost}
      </div>
      <Reason row={row} s={s} onSelect={select} />
      <div data-testid="score-sources">
        {s.sources}
        {s.colon}
        {row.sources.length === 0
          ? row.pending
            ? s.sourcesPending
            : s.noSources
          : row.sources.map((c, i) => (
              <React.Fragment key={c.label}>
                {i > 0 ? s.listSep : ''}
                <CellLink cell={c} onSelect={select} />
              </React.Fragment>
            ))}
      </div>
      {view}
    </div>
  );
}

export function ScoreGroupView(props: {
  group: PaneScoreGroup;
  s: ScoreStrings;
  onSelect?: Select;
  cellContext?: CellContext;
}) {
  const { group: g, s } = props;
  return (
    <div data-testid="score-group" style={{ margin: '6px 0 10px' }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          background: tokens.colorNeutralBackground3,
          padding: '2px 4px',
          fontSize: 12,
          fontWeight: 600,
        }}
      >
        <span>{[g.level1, g.level2].filter((x) => x).join(' / ')}</span>
        <span style={{ whiteSpace: 'nowrap' }} data-testid="group-subtotal">
          {s.subtotal} {g.score} / {g.weight}
        </span>
      </div>
      {g.rows.map((r, i) => (
        <ScoreRowView key={i} row={r} s={s} onSelect={props.onSelect} cellContext={props.cellContext} />
      ))}
    </div>
  );
}
