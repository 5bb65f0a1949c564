/** Findings' typed fields as tests assert them: labels in zh-CN words, other fields as they are. */
import { Finding } from '../../src/core/findings/finding';
import { Label, labelText } from '../../src/core/findings/labels';
import { LABEL_STYLE_ZH_CN } from '../../src/core/findings/words.zh-CN';

/** The finding's fields, untyped (for toMatchObject). */
export function fieldsOf(f: Finding | undefined): Record<string, unknown> {
  if (!f) throw new Error('no finding');
  return f.fields as unknown as Record<string, unknown>;
}

/** A label field (subject, other) in its zh-CN words: 项目支出合计. */
export function zhLabel(f: Finding | undefined, key: 'subject' | 'other'): string {
  const label = fieldsOf(f)[key] as Label | undefined;
  if (!label) throw new Error(`finding has no ${key}`);
  return labelText(label, LABEL_STYLE_ZH_CN);
}
