import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { GenerateResult } from '../../app/actions';
import { EditStrings } from '../editStrings';

export interface EditsListProps {
  readonly t: EditStrings;
  readonly result: GenerateResult;
  readonly busy: boolean;
  readonly onMove?: (row: number) => void;
  readonly onDiscard?: (row: number) => void;
  readonly onSelect?: (address: string) => void;
}

/** The user's edits the refresh kept, with what to do about each; text moved to 报告文字; manual calculation. */
export function EditsList(props: EditsListProps) {
  const { t, result } = props;
  const kept = result.kept ?? [];
  return (
    <section data-testid="report-edits" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      {result.calculationManual && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.manualCalc}</MessageBarBody>
        </MessageBar>
      )}
      {result.moved && (
        <MessageBar intent="info">
          <MessageBarBody>{t.moved(result.moved.count, result.moved.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {kept.length > 0 && (
        <Text weight="semibold" data-testid="edits-kept">
          {t.kept(kept.length)}
        </Text>
      )}
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {kept.map((e) => (
          <li key={e.address} data-testid={`edit-${e.address}`} style={{ marginBottom: 6 }}>
            <Text size={200} block>
              {e.address}：{e.text === '' ? t.cleared : e.text.length > 60 ? `${e.text.slice(0, 60)}…` : e.text}
            </Text>
            <span style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
              {props.onMove && e.text !== '' && (
                <Button size="small" disabled={props.busy} onClick={() => props.onMove!(e.row)}>
                  {t.moveToText}
                </Button>
              )}
              {props.onSelect && (
                <Button size="small" onClick={() => props.onSelect!(e.address)}>
                  {t.goToCell}
                </Button>
              )}
              {props.onDiscard && (
                <Button size="small" disabled={props.busy} onClick={() => props.onDiscard!(e.row)}>
                  {t.discard}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
