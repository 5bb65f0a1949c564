import * as React from 'react';
import { Button, Text, tokens } from '@fluentui/react-components';
import { TableId } from '../../core/model/types';
import { PaneModel } from '../paneModel';
import { Strings } from '../strings';
import { tableStyle, cellStyle, shortCellStyle } from './styles';

export interface DataTabProps {
  readonly model: PaneModel;
  readonly t: Strings;
  readonly busy?: boolean;
  /** Absent when the host cannot add sheets. */
  readonly onInsertTemplates?: (ids: TableId[]) => void;
}

export function DataTab(props: DataTabProps) {
  const { model, t, onInsertTemplates } = props;
  const needed = model.missing.filter((m) => m.need !== 'optional').map((m) => m.id);
  return (
    <section>
      <Text weight="semibold">{t.tablesFound}</Text>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={cellStyle}>{t.tableId}</th>
            <th style={cellStyle}>{t.sheet}</th>
            <th style={shortCellStyle}>{t.range}</th>
            <th style={shortCellStyle}>{t.unit}</th>
          </tr>
        </thead>
        <tbody>
          {model.tables.map((table) => (
            <React.Fragment key={`${table.id}-${table.sheet}`}>
              <tr>
                <td style={cellStyle}>{table.name}</td>
                <td style={cellStyle}>{table.sheet}</td>
                <td style={shortCellStyle}>{table.range}</td>
                <td style={shortCellStyle}>
                  {table.unit}
                  {table.unitAssumed ? t.unitAssumed : ''}
                </td>
              </tr>
              {table.reading.length > 0 && (
                <tr data-testid="table-reading">
                  <td colSpan={4} style={{ ...cellStyle, fontSize: 11, color: tokens.colorNeutralForeground3 }}>
                    {table.reading.map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </td>
                </tr>
              )}
            </React.Fragment>
          ))}
        </tbody>
      </table>
      <Text weight="semibold">{t.missing}</Text>
      {model.missing.length === 0 ? (
        <p>{t.noneMissing}</p>
      ) : (
        <ul data-testid="missing-tables" style={{ paddingLeft: 18 }}>
          {model.missing.map((m) => (
            <li key={m.id} style={{ marginBottom: 4 }}>
              {m.name}（{t.need[m.need]}）
              {onInsertTemplates && (
                <Button
                  size="small"
                  appearance="outline"
                  disabled={props.busy}
                  onClick={() => onInsertTemplates([m.id])}
                >
                  {t.insertOne}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Optional tables only on request: an empty one would stay as a "not filled in" warning. */}
      {needed.length > 1 && onInsertTemplates && (
        <Button disabled={props.busy} onClick={() => onInsertTemplates(needed)}>
          {t.insertTemplates}
        </Button>
      )}
    </section>
  );
}
