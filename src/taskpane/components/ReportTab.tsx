import * as React from 'react';
import { Button, Field, Input, ProgressBar, Select, Switch, Text } from '@fluentui/react-components';
import { PaneSettings } from '../../app/settings';
import { PaneModel } from '../paneModel';
import { Strings } from '../strings';

export interface ReportTabProps {
  readonly t: Strings;
  readonly model: PaneModel | null;
  readonly busy: boolean;
  readonly settings: PaneSettings;
  readonly schemes: readonly string[];
  readonly sheetName: string | null;
  readonly lastRefreshed: Date | null;
  readonly onGenerate: () => void;
  /** Downloads the handed-in Word report (absent when the host cannot make one). */
  readonly onExportDocx?: () => void;
  readonly onSettings: (s: PaneSettings) => void;
  /** False on the web page: a file does not change under us. */
  readonly canAutoRefresh?: boolean;
  /** False outside Excel (the pane opened in a browser): nothing to write a report into. */
  readonly canGenerate?: boolean;
}

export function ReportTab(props: ReportTabProps) {
  const { t, model, settings } = props;
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <Button appearance="primary" disabled={props.busy || props.canGenerate === false} onClick={props.onGenerate}>
        {props.sheetName ? t.refresh : t.generate}
      </Button>
      {/* Said once, before the first report is made with errors left (issue 11). */}
      {model && model.counts.error > 0 && !props.sheetName && (
        <Text size={200} data-testid="errors-before-report">
          {t.errorsBeforeReport(model.counts.error)}
        </Text>
      )}
      {props.onExportDocx && (
        <Button disabled={props.busy} onClick={props.onExportDocx}>
          {t.exportDocx}
        </Button>
      )}
      {props.busy && <ProgressBar aria-label={t.working} />}
      {props.busy && <Text size={200}>{t.working}</Text>}
      {model && (
        <Text data-testid="summary" weight="semibold">
          {t.summary(model.totalText, model.grade, model.counts.error, model.counts.warning)}
        </Text>
      )}
      {props.sheetName && <Text size={200}>{t.written(props.sheetName)}</Text>}
      {props.canAutoRefresh !== false && (
        <Switch
          label={t.autoRefresh}
          checked={settings.autoRefresh}
          onChange={(_e, data) => props.onSettings({ ...settings, autoRefresh: data.checked })}
        />
      )}
      <Text size={200} data-testid="last-refreshed">
        {t.lastRefreshed}
        {props.lastRefreshed ? props.lastRefreshed.toLocaleString() : model ? t.neverScored : t.never}
      </Text>
      <Field label={t.scheme} hint={t.schemeHint}>
        <Select
          value={settings.scheme ?? ''}
          onChange={(_e, data) => props.onSettings({ ...settings, scheme: data.value || null })}
        >
          <option value="">{t.schemeFromWorkbook}</option>
          {props.schemes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.reportSheet}>
        <Input
          defaultValue={settings.reportSheetName}
          maxLength={31}
          onBlur={(e) =>
            e.target.value !== settings.reportSheetName &&
            props.onSettings({ ...settings, reportSheetName: e.target.value })
          }
        />
      </Field>
    </section>
  );
}
