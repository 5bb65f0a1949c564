import * as React from 'react';
import { FluentProvider, Tab, TabList, Text, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { PaneSettings } from '../app/settings';
import { GenerateResult, PaneActions } from '../app/actions';
import { PaneModel } from './paneModel';
import { TableId } from '../core/model/types';
import { Problem, describeProblem } from './problems';
import { UiLang, stringsFor } from './strings';
import { ProblemBar } from './components/ProblemBar';
import { DataTab } from './components/DataTab';
import { ReviewTab } from './components/ReviewTab';
import { ScoresTab } from './components/ScoresTab';
import { ReportTab } from './components/ReportTab';
import { saveBlob } from './download';
import { DOCX_MIME } from '../docx/mime';
import { EditsList } from './components/EditsList';
import { editStringsFor } from './editStrings';

type TabId = 'data' | 'review' | 'scores' | 'report';

export interface AppProps {
  readonly actions: PaneActions;
  readonly lang: UiLang;
  readonly initialSettings: PaneSettings;
  readonly schemes: readonly string[];
  /** A problem known before the first render that stops the pane (not in Excel, Excel too old). */
  readonly startupProblem?: Problem | null;
  /** A warning known before the first render that does not stop it (merged cells unreadable). */
  readonly startupNotice?: Problem | null;
  /** The clock, injectable for tests. */
  readonly now?: () => Date;
  /** The web page's heading and its file bar; the task pane has neither. */
  readonly title?: string;
  readonly toolbar?: React.ReactNode;
  /** Office's theme is dark (theme.ts). */
  readonly dark?: boolean;
}

export function App(props: AppProps) {
  const { actions, lang } = props;
  const t = stringsFor(lang);
  const now = props.now ?? (() => new Date());
  const [tab, setTab] = React.useState<TabId>('report');
  const [model, setModel] = React.useState<PaneModel | null>(null);
  const [settings, setSettingsState] = React.useState(props.initialSettings);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(props.startupProblem ?? props.startupNotice ?? null);
  const [sheetName, setSheetName] = React.useState<string | null>(null);
  const [lastRefreshed, setLastRefreshed] = React.useState<Date | null>(null);
  const [lastResult, setLastResult] = React.useState<GenerateResult | null>(null);
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;

  const applyResult = React.useCallback((r: GenerateResult) => {
    setLastResult(r);
    setModel(r.model);
    setSheetName(r.sheetName);
    setLastRefreshed(now());
  }, []);

  React.useEffect(() => {
    if (props.startupProblem) return;
    actions.analyse(settingsRef.current).then(setModel, (e) => setProblem(describeProblem(e, lang, 'read')));
    let stop: (() => Promise<void>) | null = null;
    actions
      .watchEdits?.(
        () => settingsRef.current,
        applyResult,
        (e) => setProblem(describeProblem(e, lang, 'write')),
      )
      .then(
        (s) => (stop = s),
        (e) => setProblem(describeProblem(e, lang, 'events')),
      );
    return () => void stop?.();
  }, []);

  const generate = async () => {
    setBusy(true);
    setProblem(null);
    try {
      applyResult(await actions.generate(settingsRef.current));
    } catch (e) {
      setProblem(describeProblem(e, lang, 'analyse'));
    } finally {
      setBusy(false);
    }
  };

  const exportDocx = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const out = await actions.exportDocx!(settingsRef.current);
      saveBlob(new Blob([out.bytes as BlobPart], { type: DOCX_MIME }), out.fileName);
      // Errors left are told to the author here; the document says nothing of them.
      setProblem(
        out.errors > 0
          ? { intent: 'warning', title: t.docxErrorsLeft(out.errors), action: t.docxErrorsAction }
          : { intent: 'success', title: t.docxSaved(out.fileName), action: t.docxSavedAction },
      );
    } catch (e) {
      setProblem(describeProblem(e, lang, 'docx'));
    } finally {
      setBusy(false);
    }
  };

  const resolveEdit = async (row: number, choice: 'move' | 'discard') => {
    setBusy(true);
    setProblem(null);
    try {
      applyResult(await actions.resolveEdit!(settingsRef.current, row, choice));
    } catch (e) {
      setProblem(describeProblem(e, lang, 'write'));
    } finally {
      setBusy(false);
    }
  };

  const changeSettings = (next: PaneSettings) => {
    setSettingsState(next);
    settingsRef.current = next;
    actions.saveSettings(next).catch((e) => setProblem(describeProblem(e, lang, 'settings')));
  };

  const insertTemplates = async (ids: TableId[]) => {
    setBusy(true);
    setProblem(null);
    let step: 'template' | 'read' = 'template';
    try {
      const names = await actions.insertTemplates!(ids);
      step = 'read';
      setModel(await actions.analyse(settingsRef.current));
      setProblem(
        names.length > 0
          ? { intent: 'success', title: t.inserted(names.join('、')), action: t.insertedAction }
          : { intent: 'success', title: t.nothingInserted, action: '' },
      );
    } catch (e) {
      setProblem(describeProblem(e, lang, step));
    } finally {
      setBusy(false);
    }
  };

  const select = actions.selectCell
    ? (sheet: string, a1: string) =>
        void actions.selectCell!(sheet, a1).catch((e) => setProblem(describeProblem(e, lang, 'select')))
    : undefined;

  return (
    <FluentProvider
      theme={props.dark ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100vh', padding: '8px 10px', boxSizing: 'border-box' }}
    >
      <Text as="h1" size={500} weight="semibold" block>
        {props.title ?? t.title}
      </Text>
      {props.toolbar}
      {model?.department && (
        <Text size={200} block>
          {model.department} {model.year ?? ''}
        </Text>
      )}
      {problem && <ProblemBar problem={problem} dismissLabel={t.dismiss} onDismiss={() => setProblem(null)} />}
      <TabList selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as TabId)} size="small">
        <Tab value="data">{t.tabData}</Tab>
        <Tab value="review">
          {t.tabReview}
          {model && model.counts.error > 0 ? ` (${model.counts.error})` : ''}
        </Tab>
        <Tab value="scores">{t.tabScores}</Tab>
        <Tab value="report">{t.tabReport}</Tab>
      </TabList>
      <div style={{ paddingTop: 8 }}>
        {tab === 'report' && (
          <ReportTab
            t={t}
            model={model}
            busy={busy}
            settings={settings}
            schemes={props.schemes}
            sheetName={sheetName}
            lastRefreshed={lastRefreshed}
            onGenerate={generate}
            onExportDocx={actions.exportDocx ? () => void exportDocx() : undefined}
            onSettings={changeSettings}
            canAutoRefresh={actions.watchEdits !== undefined}
          />
        )}
        {tab === 'report' && lastResult && sheetName && (
          <EditsList
            t={editStringsFor(lang)}
            result={lastResult}
            busy={busy}
            onMove={actions.resolveEdit ? (row) => void resolveEdit(row, 'move') : undefined}
            onDiscard={actions.resolveEdit ? (row) => void resolveEdit(row, 'discard') : undefined}
            onSelect={select ? (address) => select(sheetName, address) : undefined}
          />
        )}
        {tab !== 'report' && !model && <p>{t.noAnalysis}</p>}
        {tab === 'data' && model && (
          <DataTab
            model={model}
            t={t}
            busy={busy}
            onInsertTemplates={actions.insertTemplates ? (ids) => void insertTemplates(ids) : undefined}
          />
        )}
        {tab === 'review' && model && <ReviewTab model={model} t={t} onSelect={select} />}
        {tab === 'scores' && model && <ScoresTab model={model} t={t} />}
      </div>
    </FluentProvider>
  );
}
