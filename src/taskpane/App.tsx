import * as React from 'react';
import { FluentProvider, Tab, TabList, Text, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { PaneSettings } from '../app/settings';
import { GenerateResult, PaneActions } from '../app/actions';
import { PaneFinding, PaneModel } from './paneModel';
import { TableId } from '../core/model/types';
import { Problem, describeProblem } from './problems';
import { UiLang, stringsFor } from './strings';
import { ProblemBar } from './components/ProblemBar';
import { DataTab } from './components/DataTab';
import { ReviewTab } from './components/ReviewTab';
import { ScoreChange, ScoreChangeNote, ScoresTab } from './components/ScoresTab';
import { scoreStringsFor } from './scoreStrings';
import { reviewStringsFor } from './reviewStrings';
import { stepsStringsFor } from './stepsStrings';
import { StepsBar } from './components/StepsBar';
import { ReportTab } from './components/ReportTab';
import { saveBlob } from './download';
import { DOCX_MIME } from '../docx/mime';
import { EditsList } from './components/EditsList';
import type { CellContext } from './components/ScoreRowView';
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
  /** The rows around a finding's cell, where the page cannot go to the cell (the web page). */
  readonly findingContext?: (f: PaneFinding) => React.ReactNode;
  /** The rows around a score row's source cell when it is clicked (the web page, which cannot go to it). */
  readonly cellContext?: CellContext;
  /** What to do after template sheets are inserted, where it differs from the pane (the web page). */
  readonly insertedAction?: string;
  /** What follows a saved 说明, where it differs from the pane (the web page: download to keep it). */
  readonly noteSavedAction?: string;
  /** Changes when the page above failed at something (a file that would not open): older notices go. */
  readonly clearNotices?: number;
  /** Office's theme is dark (theme.ts). */
  readonly dark?: boolean;
}

export function App(props: AppProps) {
  const { actions, lang } = props;
  const t = stringsFor(lang);
  const r = reviewStringsFor(lang);
  const now = props.now ?? (() => new Date());
  const [tab, setTab] = React.useState<TabId>('report');
  const [model, setModel] = React.useState<PaneModel | null>(null);
  const [settings, setSettingsState] = React.useState(props.initialSettings);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(props.startupProblem ?? props.startupNotice ?? null);
  const [sheetName, setSheetName] = React.useState<string | null>(null);
  const [lastRefreshed, setLastRefreshed] = React.useState<Date | null>(null);
  const [change, setChange] = React.useState<ScoreChange | null>(null);
  const [reading, setReading] = React.useState(!props.startupProblem);
  const modelRef = React.useRef(model);
  modelRef.current = model;
  const [lastResult, setLastResult] = React.useState<GenerateResult | null>(null);
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;

  const applyResult = React.useCallback((r: GenerateResult) => {
    setLastResult(r);
    setModel(r.model);
    setChange(null);
    setSheetName(r.sheetName);
    setLastRefreshed(now());
  }, []);

  React.useEffect(() => {
    if (props.clearNotices) setProblem(null);
  }, [props.clearNotices]);

  React.useEffect(() => {
    if (props.startupProblem) return;
    actions
      .analyse(settingsRef.current)
      .then(setModel, (e) => setProblem(describeProblem(e, lang, 'read')))
      .finally(() => setReading(false));
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

  /** A report made with errors left is said once per session (the report itself says the count). */
  const errorsTold = React.useRef(false);

  const generate = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await actions.generate(settingsRef.current);
      applyResult(result);
      if (result.model.counts.error > 0 && !errorsTold.current) {
        errorsTold.current = true;
        setProblem({ intent: 'warning', title: r.errorsLeft(result.model.counts.error), action: r.errorsLeftAction });
      }
    } catch (e) {
      setProblem(describeProblem(e, lang, 'analyse'));
    } finally {
      setBusy(false);
    }
  };

  /** Another scheme scores at once (without writing the report); the tab says what changed. */
  const rescore = async (next: PaneSettings) => {
    const before = modelRef.current;
    try {
      const after = await actions.analyse(next);
      if (settingsRef.current !== next) return; // a later change is on its way
      setModel(after);
      setChange(before && { scheme: after.scheme, before: { total: before.total, grade: before.grade }, after: after });
    } catch (e) {
      setProblem(describeProblem(e, lang, 'read'));
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
    const schemeChanged = next.scheme !== settingsRef.current.scheme;
    setSettingsState(next);
    settingsRef.current = next;
    actions.saveSettings(next).catch((e) => setProblem(describeProblem(e, lang, 'settings')));
    if (schemeChanged) void rescore(next);
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
          ? { intent: 'success', title: t.inserted(names.join('、')), action: props.insertedAction ?? t.insertedAction }
          : { intent: 'success', title: t.nothingInserted, action: '' },
      );
    } catch (e) {
      setProblem(describeProblem(e, lang, step));
    } finally {
      setBusy(false);
    }
  };

  const saveNote = actions.saveNote
    ? async (key: string, text: string) => {
        try {
          setModel(await actions.saveNote!(settingsRef.current, key, text));
          setProblem({ intent: 'success', title: r.noteSaved, action: props.noteSavedAction ?? r.noteSavedAction });
        } catch (e) {
          setProblem(describeProblem(e, lang, 'note'));
          throw e;
        }
      }
    : undefined;

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
      <StepsBar
        s={stepsStringsFor(lang)}
        model={model}
        reading={reading}
        sheetName={sheetName}
        canGenerate={!props.startupProblem}
        current={tab}
        onGo={setTab}
      />
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
            canGenerate={!props.startupProblem}
          />
        )}
        {tab === 'report' && change && (
          <ScoreChangeNote change={change} s={scoreStringsFor(lang)} reportStale={sheetName !== null} />
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
        {tab === 'review' && model && (
          <ReviewTab
            model={model}
            t={t}
            r={r}
            onSelect={select}
            onSaveNote={saveNote}
            contextOf={props.findingContext}
          />
        )}
        {tab === 'scores' && model && (
          <ScoresTab
            model={model}
            t={t}
            s={scoreStringsFor(lang)}
            onSelect={select}
            cellContext={props.cellContext}
            change={change}
          />
        )}
      </div>
    </FluentProvider>
  );
}
