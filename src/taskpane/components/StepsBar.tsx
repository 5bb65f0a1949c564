import * as React from 'react';
import { Link, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { PaneModel } from '../paneModel';
import { StepsStrings } from '../stepsStrings';

export type StepId = 'data' | 'review' | 'scores' | 'report';

export interface StepsBarProps {
  readonly s: StepsStrings;
  readonly model: PaneModel | null;
  /** The first read of the workbook is under way. */
  readonly reading: boolean;
  readonly sheetName: string | null;
  /** False outside Excel: no report can be made here. */
  readonly canGenerate: boolean;
  readonly current: StepId;
  readonly onGo: (step: StepId) => void;
}

/** Where the workbook stands on each step, as one line per step; a step's name goes to its tab. */
export function StepsBar(props: StepsBarProps) {
  const { s, model } = props;
  const status = (id: StepId): string => {
    if (id === 'report')
      return props.sheetName ? s.written(props.sheetName) : props.canGenerate ? s.notWritten : s.outsideExcel;
    if (!model) return props.reading ? s.reading : s.notRead;
    if (id === 'data') return s.tables(model.tables.length, model.missing.filter((m) => m.need === 'required').length);
    if (id === 'review') return s.findings(model.counts.error, model.counts.warning);
    return s.score_(model.totalText, model.grade);
  };
  const steps: [StepId, string][] = [
    ['data', s.data],
    ['review', s.review],
    ['scores', s.score],
    ['report', s.report],
  ];
  return (
    <nav aria-label={s.steps} data-testid="steps" style={{ margin: '6px 0' }}>
      <ol style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
        {steps.map(([id, name]) => (
          <li key={id} data-step={id} style={{ fontWeight: props.current === id ? 600 : 400 }}>
            <Link as="button" onClick={() => props.onGo(id)}>
              {name}
            </Link>
            {s.colon}
            <span data-testid={`step-${id}`}>{status(id)}</span>
          </li>
        ))}
      </ol>
      {props.reading && (
        <div data-testid="first-read">
          <ProgressBar aria-label={s.readingWorkbook} />
          <Text size={200} style={{ color: tokens.colorNeutralForeground2 }}>
            {s.readingWorkbook}
          </Text>
        </div>
      )}
    </nav>
  );
}
