import * as React from 'react';
import { Badge, Text } from '@fluentui/react-components';
import { PaneFinding, PaneModel } from '../paneModel';
import { Strings } from '../strings';

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

type Select = ((sheet: string, a1: string) => void) | undefined;

function FindingItem(props: { f: PaneFinding; t: Strings; onSelect: Select }) {
  const { f } = props;
  const label = f.severity === 'error' ? props.t.errors : f.severity === 'warning' ? props.t.warnings : props.t.infos;
  const onSelect = props.onSelect;
  const select = f.cell && onSelect ? () => onSelect(f.cell!.sheet, f.cell!.a1) : undefined;
  return (
    <li
      className="finding"
      data-severity={f.severity}
      role={select ? 'button' : undefined}
      tabIndex={select ? 0 : undefined}
      title={select ? props.t.clickToSelect : undefined}
      onClick={select}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select?.()}
      style={{
        cursor: select ? 'pointer' : 'default',
        padding: '4px 0',
        borderBottom: '1px solid #eee',
        listStyle: 'none',
      }}
    >
      <Badge appearance="tint" color={COLORS[f.severity]} size="small">
        {label}
      </Badge>{' '}
      <span>{f.text}</span>
    </li>
  );
}

/** `onSelect` absent: the findings are listed with their cells, not clickable (the web page). */
export function ReviewTab(props: { model: PaneModel; t: Strings; onSelect: Select }) {
  const { model, t } = props;
  if (model.findings.length === 0) return <p>{t.findingsNone}</p>;
  return (
    <section>
      <Text>
        {t.errors} {model.counts.error} · {t.warnings} {model.counts.warning} · {t.infos} {model.counts.info}
      </Text>
      <ul style={{ paddingLeft: 0 }}>
        {model.findings.map((f, i) => (
          <FindingItem key={i} f={f} t={t} onSelect={props.onSelect} />
        ))}
      </ul>
    </section>
  );
}
