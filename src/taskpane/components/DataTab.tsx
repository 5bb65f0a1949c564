import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { PaneModel } from '../paneModel';
import { Strings } from '../strings';
import { tableStyle, cellStyle } from './styles';

export function DataTab(props: { model: PaneModel; t: Strings; onInsertTemplates?: (ids: string[]) => void }) {
  const { model, t } = props;
  return (
    <section>
      <Text weight="semibold">{t.tablesFound}</Text>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={cellStyle}>{t.tableId}</th>
            <th style={cellStyle}>{t.sheet}</th>
            <th style={cellStyle}>{t.range}</th>
            <th style={cellStyle}>{t.unit}</th>
          </tr>
        </thead>
        <tbody>
          {model.tables.map((table) => (
            <tr key={`${table.id}-${table.sheet}`} title={table.name}>
              <td style={cellStyle}>{table.id}</td>
              <td style={cellStyle}>{table.sheet}</td>
              <td style={cellStyle}>{table.range}</td>
              <td style={cellStyle}>
                {table.unit}
                {table.unitAssumed ? t.unitAssumed : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text weight="semibold">{t.missing}</Text>
      {model.missing.length === 0 ? (
        <p>{t.noneMissing}</p>
      ) : (
        <ul data-testid="missing-tables">
          {model.missing.map((m) => (
            <li key={m.id}>
              {m.id} {m.name}
              {m.required ? ' *' : ''}
            </li>
          ))}
        </ul>
      )}
      {model.missing.length > 0 && props.onInsertTemplates && (
        <Button onClick={() => props.onInsertTemplates!(model.missing.map((m) => m.id))}>{t.insertTemplates}</Button>
      )}
    </section>
  );
}
