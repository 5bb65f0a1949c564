import * as React from 'react';
import { Badge, Button, Text, Textarea, tokens } from '@fluentui/react-components';
import { PaneFinding } from '../paneModel';
import { Strings } from '../strings';
import { ReviewStrings } from '../reviewStrings';
import { CellLink, Select } from './ScoreRowView';

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingItemProps {
  readonly f: PaneFinding;
  readonly t: Strings;
  readonly r: ReviewStrings;
  readonly onSelect?: Select;
  /** Saves the finding's 说明 in the workbook (absent: the host cannot). */
  readonly onSaveNote?: (key: string, text: string) => Promise<void>;
  /** The rows around the finding's cell, where the page cannot go to the cell (the web page). */
  readonly context?: React.ReactNode;
}

function NoteEditor(props: { f: PaneFinding; r: ReviewStrings; onSave: (key: string, text: string) => Promise<void> }) {
  const { f, r } = props;
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState(f.note);
  const [saving, setSaving] = React.useState(false);
  React.useEffect(() => setText(f.note), [f.note]);
  if (!open)
    return (
      <div data-testid="finding-note">
        {f.note && (
          <Text size={200} block>
            {r.note}
            {r.colon}
            {f.note}
          </Text>
        )}
        <Button size="small" appearance="subtle" onClick={() => setOpen(true)}>
          {f.note ? r.editNote : r.writeNote}
        </Button>
      </div>
    );
  const save = async () => {
    setSaving(true);
    try {
      await props.onSave(f.noteKey, text.trim());
      setOpen(false);
    } catch {
      // The pane's message bar says what went wrong; the text stays in the box to try again.
    } finally {
      setSaving(false);
    }
  };
  return (
    <div data-testid="finding-note" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Textarea
        aria-label={r.note}
        placeholder={r.notePlaceholder}
        value={text}
        resize="vertical"
        onChange={(_e, d) => setText(d.value)}
      />
      <Text size={100}>{r.noteWhere(f.noteKey)}</Text>
      <div style={{ display: 'flex', gap: 6 }}>
        <Button size="small" appearance="primary" disabled={saving || text.trim() === ''} onClick={() => void save()}>
          {r.saveNote}
        </Button>
        <Button size="small" disabled={saving} onClick={() => (setOpen(false), setText(f.note))}>
          {r.cancel}
        </Button>
      </div>
    </div>
  );
}

export function FindingItem(props: FindingItemProps) {
  const { f, t, r, onSelect } = props;
  const label = r.badge[f.severity];
  const select = f.cell && onSelect ? () => onSelect(f.cell!.sheet, f.cell!.a1) : undefined;
  return (
    <li
      className="finding"
      data-severity={f.severity}
      style={{ padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, listStyle: 'none' }}
    >
      <div
        className="finding-text"
        role={select ? 'button' : undefined}
        tabIndex={select ? 0 : undefined}
        title={select ? t.clickToSelect : undefined}
        onClick={select}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select?.()}
        style={{ cursor: select ? 'pointer' : 'default' }}
      >
        <Badge appearance="tint" color={COLORS[f.severity]} size="small">
          {label}
        </Badge>{' '}
        <span>{f.text}</span>
      </div>
      {props.context}
      <Text size={200} block data-testid="finding-fix" style={{ color: tokens.colorNeutralForeground2 }}>
        {r.fix}
        {r.colon}
        {f.fix}
      </Text>
      {(f.cell || f.related.length > 0) && (
        <Text size={200} block data-testid="finding-cells">
          {r.cells}
          {r.colon}
          {[...(f.cell ? [f.cell] : []), ...f.related].map((c, i) => (
            <React.Fragment key={c.label}>
              {i > 0 ? r.listSep : ''}
              <CellLink cell={c} onSelect={onSelect} />
            </React.Fragment>
          ))}
        </Text>
      )}
      {props.onSaveNote ? (
        <NoteEditor f={f} r={r} onSave={props.onSaveNote} />
      ) : (
        <Text size={200} block data-testid="finding-note">
          {f.note ? `${r.note}${r.colon}${f.note}` : r.noteElsewhere(f.noteKey)}
        </Text>
      )}
    </li>
  );
}
