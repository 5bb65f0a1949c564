/** What every section builder reads, and small block builders. */
import { CalendarDay } from './closing';
import { Figures, Indicator, Scoring } from '../../model/analysis';
import { Model } from '../../model/types';
import { Finding } from '../../findings/finding';
import { Block, Inline } from '../document';
import { PlaceholderTarget, placeholderTable } from '../userText';

/** The input of buildReport. */
export interface ReportInput {
  readonly model: Model;
  readonly figures: Figures;
  readonly indicators: readonly Indicator[];
  readonly scoring: Scoring;
  readonly findings: readonly Finding[];
  readonly department: string;
  readonly year: number | null;
  /** The day the face makes the report (its clock; core has none): the 成文日期. */
  readonly today?: CalendarDay | null;
}

/** ReportInput plus what several sections share. */
export interface SectionContext extends ReportInput {
  readonly placeholders: Map<string, PlaceholderTarget>;
  /** `2022年` or `本年度` when the year is unknown. */
  readonly yearText: string;
}

/** The shared context for the section builders. */
export function sectionContext(input: ReportInput): SectionContext {
  return {
    ...input,
    placeholders: placeholderTable(input.figures, input.indicators, input.scoring),
    yearText: input.year === null ? '本年度' : `${input.year}年`,
  };
}

/** A heading block. */
export function heading(level: 1 | 2 | 3, text: string): Block {
  return { kind: 'heading', level, text };
}

/** A generated paragraph. */
export function generated(inlines: readonly Inline[]): Block {
  return { kind: 'paragraph', inlines, source: 'generated' };
}

/** A paragraph saying what is missing (not a P4 section: a table or a profile fact). */
export function missing(text: string): Block {
  return { kind: 'paragraph', inlines: [text], source: 'gap' };
}
