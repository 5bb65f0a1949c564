/**
 * The web page's preview of the report: the sections and the appendix as HTML, in the look of
 * the official document (仿宋 body, 黑体/楷体 headings, bordered tables), with the text of the
 * printed sheet and the .docx.
 */
import * as React from 'react';
import type { PreviewBlock } from '../core/report/preview';

const BODY_FONT = '"仿宋_GB2312", "仿宋", FangSong, STFangsong, serif';
const PAGE: React.CSSProperties = {
  fontFamily: BODY_FONT,
  fontSize: 16,
  lineHeight: '28px',
  background: '#fff',
  color: '#000',
  border: '1px solid #d1d1d1',
  padding: '24px 32px',
  margin: '12px 0',
};
const PARA: React.CSSProperties = { textIndent: '2em', margin: 0, textAlign: 'justify' };
const HEADING: Record<'heading1' | 'heading2' | 'heading3', React.CSSProperties> = {
  heading1: { ...PARA, fontFamily: '"黑体", SimHei, sans-serif', fontWeight: 'normal', fontSize: 16 },
  heading2: { ...PARA, fontFamily: '"楷体_GB2312", "楷体", KaiTi, serif', fontWeight: 'normal', fontSize: 16 },
  heading3: { ...PARA, fontWeight: 'normal', fontSize: 16 },
};
const CELL: React.CSSProperties = {
  border: '1px solid #000',
  padding: '2px 4px',
  fontSize: 13,
  lineHeight: '18px',
  fontFamily: '"宋体", SimSun, serif',
};

function Table({ block }: { block: Extract<PreviewBlock, { kind: 'table' }> }) {
  return (
    <>
      <p
        style={{ ...PARA, textIndent: 0, textAlign: 'center', fontFamily: '"黑体", SimHei, sans-serif', marginTop: 16 }}
      >
        {block.title}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {block.header.map((h, i) => (
              <th key={i} style={{ ...CELL, background: '#d9d9d9' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((r, ri) => (
            <tr key={ri} style={r.total ? { fontWeight: 'bold' } : undefined}>
              {r.cells.map((c, ci) => (
                <td
                  key={ci}
                  rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                  style={{ ...CELL, textAlign: c.numeric ? 'right' : 'left' }}
                >
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** 附件说明, 署名, 成文日期: indented or right-aligned by whole characters, a blank line above where the document has one. */
function PlacedLine(props: { block: Extract<PreviewBlock, { kind: 'placed' }> }) {
  const { text, align, chars, blankBefore } = props.block;
  const style: React.CSSProperties = {
    ...PARA,
    textAlign: align,
    textIndent: chars === 0 ? PARA.textIndent : 0,
    [align === 'left' ? 'paddingLeft' : 'paddingRight']: `${chars}em`,
    marginTop: blankBefore ? '1.75em' : 0,
  };
  return <p style={style}>{text}</p>;
}

export function ReportPreview(props: { blocks: readonly PreviewBlock[]; label: string }) {
  const ref = React.useRef<HTMLElement>(null);
  // The tabs fill the window: bring the preview into view when it opens.
  React.useEffect(() => ref.current?.scrollIntoView?.({ block: 'start' }), []);
  return (
    <article ref={ref} aria-label={props.label} data-testid="preview" style={PAGE}>
      {props.blocks.map((b, i) => {
        if (b.kind === 'table') return <Table key={i} block={b} />;
        if (b.kind === 'title')
          return (
            <h2
              key={i}
              style={{
                fontFamily: '"方正小标宋简体", "黑体", SimHei, serif',
                fontWeight: 'normal',
                fontSize: 22,
                lineHeight: '36px',
                textAlign: 'center',
                margin: '0 0 28px',
              }}
            >
              {b.text}
            </h2>
          );
        if (b.kind === 'paragraph')
          return (
            <p key={i} style={PARA}>
              {b.text}
            </p>
          );
        if (b.kind === 'placed') return <PlacedLine key={i} block={b} />;
        return (
          <h3 key={i} style={HEADING[b.kind]}>
            {b.text}
          </h3>
        );
      })}
    </article>
  );
}
