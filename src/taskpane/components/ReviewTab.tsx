import * as React from 'react';
import { Text } from '@fluentui/react-components';
import { PaneFinding, PaneModel } from '../paneModel';
import { Strings } from '../strings';
import { ReviewStrings } from '../reviewStrings';
import { FindingItem } from './FindingItem';
import { Select } from './ScoreRowView';

export interface ReviewTabProps {
  readonly model: PaneModel;
  readonly t: Strings;
  readonly r: ReviewStrings;
  /** Absent: the findings are listed with their cells, not clickable (the web page). */
  readonly onSelect?: Select;
  readonly onSaveNote?: (key: string, text: string) => Promise<void>;
  /** The rows around a finding's cell (the web page, which cannot go to the cell). */
  readonly contextOf?: (f: PaneFinding) => React.ReactNode;
}

export function ReviewTab(props: ReviewTabProps) {
  const { model, t } = props;
  if (model.findings.length === 0) return <p>{t.findingsNone}</p>;
  return (
    <section>
      <Text>
        {t.errors} {model.counts.error} · {t.warnings} {model.counts.warning} · {t.infos} {model.counts.info}
      </Text>
      <ul style={{ paddingLeft: 0 }}>
        {model.findings.map((f, i) => (
          <FindingItem
            key={i}
            f={f}
            t={t}
            r={props.r}
            onSelect={props.onSelect}
            onSaveNote={props.onSaveNote}
            context={props.contextOf?.(f)}
          />
        ))}
      </ul>
    </section>
  );
}
