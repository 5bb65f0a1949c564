import * as React from 'react';
import { Text } from '@fluentui/react-components';
import { PaneModel } from '../paneModel';
import { Strings } from '../strings';
import { cellStyle, numberCellStyle, tableStyle } from './styles';

export function ScoresTab(props: { model: PaneModel; t: Strings }) {
  const { model, t } = props;
  return (
    <section>
      <Text size={400} weight="semibold" data-testid="total">
        {t.total} {model.total} · {t.grade} {model.grade}
      </Text>
      <p>
        {t.scheme}：{model.scheme}
      </p>
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
              <td style={cellStyle}>{i.name}</td>
              <td style={numberCellStyle} title={i.reason ?? undefined}>
                {i.value ?? t.unavailable}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={cellStyle}>{t.scoreRow}</th>
            <th style={numberCellStyle}>{t.weight}</th>
            <th style={numberCellStyle}>{t.score}</th>
          </tr>
        </thead>
        <tbody>
          {model.scores.map((s, i) => (
            <tr key={i}>
              <td style={cellStyle}>{s.name}</td>
              <td style={numberCellStyle}>{s.weight}</td>
              <td style={numberCellStyle}>{s.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
