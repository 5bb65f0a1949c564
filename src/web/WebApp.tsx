/**
 * The web page: the task pane's tabs over an .xlsx file chosen (or dropped) in the browser,
 * with a download of the workbook once the report or template sheets are in it.
 */
import * as React from 'react';
import { Button, FluentProvider, ProgressBar, Text, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { Problem } from '../taskpane/problems';
import { ProblemBar } from '../taskpane/components/ProblemBar';
import { UiLang, stringsFor } from '../taskpane/strings';
import { SettingsStore, readSettings } from '../app/settings';
import { readWorkbookBytesToSnapshot } from '../xlsx/read/readWorkbook';
import {
  WebActions,
  createWebActions,
  currentSnapshot,
  downloadBytes,
  downloadName,
  openedWorkbook,
  WebWorkbook,
} from './webActions';
import { ReportPreview } from './ReportPreview';
import type { PreviewBlock } from '../core/report/preview';
import { webStringsFor } from './webStrings';
import { saveBlob } from '../taskpane/download';
import { CellRows, FindingRows } from './FindingRows';

/** A readable line length on a wide screen; the tabs were made for a 350 px pane. */
const PAGE: React.CSSProperties = { maxWidth: 760, margin: '0 auto' };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Opened = {
  readonly name: string;
  readonly book: WebWorkbook;
  readonly actions: WebActions;
  readonly id: number;
};

export interface WebAppProps {
  readonly lang: UiLang;
  readonly settings: SettingsStore;
  readonly schemes: readonly string[];
}

export function WebApp(props: WebAppProps) {
  const { lang } = props;
  const w = webStringsFor(lang);
  const [opened, setOpened] = React.useState<Opened | null>(null);
  const [loading, setLoading] = React.useState<string | null>(null);
  /** Something was written into the workbook (download possible); and not downloaded since. */
  const [made, setMade] = React.useState(false);
  const [unsaved, setUnsaved] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  /** Bumped when a file fails to open: the pane's older notices (a success bar) go. */
  const [failures, setFailures] = React.useState(0);
  const [preview, setPreview] = React.useState<readonly PreviewBlock[] | null>(null);

  // A report, template or note made but not downloaded lives only in this page: say so before it is lost.
  React.useEffect(() => {
    if (!unsaved) return;
    const guard = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [unsaved]);

  const open = async (file: File) => {
    if (opened && unsaved && !window.confirm(w.discardChanges(opened.name))) return;
    setLoading(file.name);
    setProblem(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const book = openedWorkbook(bytes, readWorkbookBytesToSnapshot(bytes, file.name).snapshot);
      const actions = createWebActions(book, {
        lang,
        settings: props.settings,
        fileName: file.name,
        onChanged: () => (setMade(true), setUnsaved(true)),
      });
      setOpened((prev) => ({ name: file.name, book, actions, id: (prev?.id ?? 0) + 1 }));
      setMade(false);
      setUnsaved(false);
      setPreview(null);
    } catch (e) {
      setFailures((n) => n + 1);
      setProblem({ intent: 'error', title: w.readFailed, action: e instanceof Error ? e.message : String(e) });
    } finally {
      setLoading(null);
    }
  };

  const download = async () => {
    if (!opened) return;
    try {
      const data = downloadBytes(opened.book);
      saveBlob(new Blob([data as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), downloadName(opened.name));
      setUnsaved(false);
    } catch (e) {
      setProblem({ intent: 'error', title: w.downloadFailed, action: e instanceof Error ? e.message : String(e) });
    }
  };

  // Made afresh on each click, so it shows the workbook (and the settings) as they are now.
  const togglePreview = async () => {
    if (!opened) return;
    if (preview) return setPreview(null);
    try {
      setPreview(await opened.actions.preview(readSettings(props.settings)));
    } catch (e) {
      setProblem({ intent: 'error', title: w.previewFailed, action: e instanceof Error ? e.message : String(e) });
    }
  };

  const toolbar = (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6, margin: '6px 0' }}>
      <FilePicker label={w.choose} hint={w.dropHint} onFile={open} />
      {loading && (
        <div data-testid="first-read">
          <ProgressBar aria-label={w.loading(loading)} />
          <Text size={200}>{w.loading(loading)}</Text>
        </div>
      )}
      {opened && !loading && <Text size={200}>{w.opened(opened.name)}</Text>}
      {problem && (
        <ProblemBar problem={problem} dismissLabel={stringsFor(lang).dismiss} onDismiss={() => setProblem(null)} />
      )}
      {opened && (
        <Button
          appearance={unsaved ? 'primary' : 'secondary'}
          disabled={!made}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => void download()}
        >
          {w.download}
        </Button>
      )}
      {opened && <Text size={200}>{unsaved ? w.notSaved : made ? w.downloaded : w.downloadHint}</Text>}
      {opened && (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => void togglePreview()}>
          {preview ? w.hidePreview : w.preview}
        </Button>
      )}
    </div>
  );

  if (opened)
    return (
      <div style={PAGE}>
        <App
          key={opened.id}
          actions={opened.actions}
          lang={lang}
          title={w.pageTitle}
          toolbar={toolbar}
          initialSettings={readSettings(props.settings)}
          schemes={props.schemes}
          clearNotices={failures}
          insertedAction={w.afterInsert}
          noteSavedAction={w.afterNote}
          findingContext={(f) => <FindingRows snapshot={currentSnapshot(opened.book)} f={f} />}
          cellContext={(c) => <CellRows snapshot={currentSnapshot(opened.book)} {...c} testId="source-rows" />}
        />
        {preview && <ReportPreview blocks={preview} label={w.previewLabel} />}
      </div>
    );
  return (
    <FluentProvider
      theme={webLightTheme}
      style={{ ...PAGE, minHeight: '100vh', padding: '8px 10px', boxSizing: 'border-box' }}
    >
      <Text as="h1" size={500} weight="semibold" block>
        {w.pageTitle}
      </Text>
      <Text size={200} block>
        {w.intro}
      </Text>
      {toolbar}
    </FluentProvider>
  );
}

/** A file input that also takes a dropped file. */
function FilePicker(props: { label: string; hint: string; onFile: (f: File) => void }) {
  const input = React.useRef<HTMLInputElement>(null);
  const take = (files: FileList | null) => files && files.length > 0 && props.onFile(files[0]);
  return (
    <div
      data-testid="drop-zone"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        take(e.dataTransfer.files);
      }}
      style={{
        border: '1px dashed #8a8886',
        borderRadius: 4,
        padding: 8,
        display: 'flex',
        gap: 8,
        alignItems: 'center',
      }}
    >
      <Button onClick={() => input.current?.click()}>{props.label}</Button>
      <Text size={200}>{props.hint}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = ''; // choosing the same file again still loads it afresh
        }}
      />
    </div>
  );
}
