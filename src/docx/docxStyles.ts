/** The document's styles: defaults for the body, and one paragraph style per level of GB/T 9704. */
import { AlignmentType, IStylesOptions, LineRuleType } from 'docx';
import { FONTS, FontKey, INDENT_TWIPS, LINE_TWIPS, SIZE } from './gongwen';

/** A run font: the level's CJK font for East-Asian text, Times New Roman for Latin letters and digits. */
export function runFont(key: FontKey): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  const latin = FONTS.latin.name;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: FONTS[key].name };
}

const exactLine = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function heading(id: string, name: string, font: FontKey): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return {
    id,
    name,
    basedOn: 'GwBody',
    next: 'GwBody',
    quickFormat: true,
    run: { font: runFont(font), size: SIZE.body },
    paragraph: { keepNext: true, keepLines: true, alignment: AlignmentType.LEFT },
  };
}

/** Styles of the handed-in document. */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: runFont('body'), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: exactLine },
    },
  },
  paragraphStyles: [
    {
      id: 'GwBody',
      name: 'GB Body',
      quickFormat: true,
      run: { font: runFont('body'), size: SIZE.body },
      paragraph: { spacing: exactLine, indent: { firstLine: INDENT_TWIPS }, alignment: AlignmentType.JUSTIFIED },
    },
    {
      id: 'GwTitle',
      name: 'GB Title',
      basedOn: 'GwBody',
      next: 'GwBody',
      quickFormat: true,
      run: { font: runFont('title'), size: SIZE.title },
      // A 22 pt title on the 28 pt pitch would touch the next line: 36 pt, one blank 28 pt line below.
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 36 * 20, lineRule: LineRuleType.EXACT, after: LINE_TWIPS }, keepNext: true },
    },
    heading('GwHeading1', 'GB Heading 1', 'heading1'),
    heading('GwHeading2', 'GB Heading 2', 'heading2'),
    heading('GwHeading3', 'GB Heading 3', 'body'),
    {
      id: 'GwTableTitle',
      name: 'GB Table Title',
      basedOn: 'GwBody',
      next: 'GwBody',
      run: { font: runFont('heading1'), size: SIZE.body },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, keepLines: true, spacing: { ...exactLine, after: 120 } },
    },
    {
      id: 'GwTableText',
      name: 'GB Table Text',
      run: { font: runFont('table'), size: SIZE.table },
      paragraph: { spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 }, indent: { firstLine: 0 } },
    },
  ],
};
