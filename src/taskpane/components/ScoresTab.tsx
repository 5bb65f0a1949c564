import * as React from 'react';
import { Text, tokens } from '@fluentui/react-components';
import { PaneModel } from '../paneModel';
import { Strings } from '../strings';
import { ScoreStrings } from '../scoreStrings';
import { cellStyle, numberCellStyle, tableStyle } from './styles';
import { CellContext, ScoreGroupView, Select } from './ScoreRowView';

export interface ScoreChange {
  readonly scheme: string;
  readonly before: { readonly total: string; readonly grade: string };
  readonly after: { readonly total: string; readonly grade: string };
}

export interface ScoresTabProps {
  readonly model: PaneModel;
  readonly t: Strings;
  readonly s: ScoreStrings;
  /** Goes to a cell (absent on the web page). */
  readonly onSelect?: Select;
  /** The rows around a source cell clicked, where nothing can go to it (the web page). */
  readonly cellContext?: CellContext;
  /** The last scheme change and what it did to the total. */
  readonly change?: ScoreChange | null;
}

/** What a scheme change did to the total; `reportStale`: a report written before says the old score. */
export function ScoreChangeNote(props: { change: ScoreChange; s: ScoreStrings; reportStale?: boolean }) {
  const { change: c, s } = props;
  return (
    <Text size={200} block data-testid="score-change" style={{ color: tokens.colorBrandForeground1 }}>
      {s.changed(c.scheme, c.before.total, c.after.total, c.before.grade, c.after.grade)}
      {props.reportStale ? s.refreshToWrite : ''}
    </Text>
  );
}

function Bands(props: { model: PaneModel; s: ScoreStrings }) {
  const { bands } = props.model.scoring;
  const words = bands.map((b, i) =>
    b.from !== null ? props.s.bandFrom(b.grade, b.from) : props.s.bandBelow(b.grade, bands[i - 1]?.from ?? 0),
  );
  return (
    <Text size={200} block data-testid="grade-bands">
      {props.s.bands}
      {props.s.colon}
      {words.join(' · ')}
    </Text>
  );
}

export function ScoresTab(props: ScoresTabProps) {
  const { model, t, s, change } = props;
  return (
    <section>
      <div style={{ borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: 6, marginBottom: 6 }}>
        <Text size={400} weight="semibold" data-testid="total" block>
          {t.total} {model.totalText} · {t.grade} {model.grade}
        </Text>
        <Bands model={model} s={s} />
        <Text size={200} block>
          {t.scheme}
          {s.colon}
          {model.scheme}
        </Text>
        {change && <ScoreChangeNote change={change} s={s} />}
      </div>
      <Text weight="semibold">{s.scoreRows}</Text>
      {model.scoring.groups.map((g, i) => (
        <ScoreGroupView key={i} group={g} s={s} onSelect={props.onSelect} cellContext={props.cellContext} />
      ))}
      <Text weight="semibold">{s.indicators}</Text>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={cellStyle}>{t.indicator}</th>
            <th style={numberCellStyle}>{t.value}</th>
          </tr>
        </thead>
        <tbody>
          {model.indicators.map((i) => (
            <tr key={i.name}>
              <td style={cellStyle}>
                {i.name}
                {i.reason && (
                  <Text size={200} block style={{ color: tokens.colorPaletteRedForeground1 }}>
                    {i.reason}
                  </Text>
                )}
              </td>
              <td style={numberCellStyle}>{i.value ?? t.unavailable}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
