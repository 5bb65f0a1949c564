/**
 * Where an .xlsx keeps the fingerprints of what we last wrote into the report (issue 9): the
 * Office add-in keeps them in its document settings, which Excel saves in the add-in's
 * webextension part (`xl/webextensions/webextension*.xml`, `<we:property name="perfReportWritten"
 * value="JSON"/>`); the CLI and the web page, which have no add-in identity to write such a part
 * under, keep the same state in a custom XML part of our own (`customXml/item*.xml`, root
 * `perfReportWritten` in namespace WRITTEN_NS), which Excel keeps across saves.
 */
import { WRITTEN_KEY, WrittenState, parseWritten } from '../../core/report/reconcile/fingerprint';
import { WRITTEN_NS, stateFromItemXml } from '../../core/report/reconcile/storedState';
import { escapeXml, findAll, withAttribute } from './xml';

export { WRITTEN_NS };
export const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';

/** Where a stored state came from: our own part, or the add-in's settings. */
export interface StoredState {
  readonly from: 'customXml' | 'webextension';
  readonly part: string;
  readonly state: WrittenState;
}

const isOurItem = (name: string) => /^customXml\/item\d+\.xml$/i.test(name);
const isWebExtension = (name: string) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(name);

function parseJson(text: string): WrittenState | null {
  try {
    return parseWritten(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The custom XML item text holding `state`. */
export function writtenItemXml(state: WrittenState): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<perfReportWritten xmlns="${WRITTEN_NS}">${escapeXml(JSON.stringify(state))}</perfReportWritten>`
  );
}

/** The item's properties part (Excel wants one per custom XML item); the id is fixed: one item of ours per workbook. */
export function writtenPropsXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<ds:datastoreItem ds:itemID="{6F1D2C3A-9B4E-4E57-8A51-5045524652E9}" ' +
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'
  );
}

export function writtenItemRels(propsTarget: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="${escapeXml(propsTarget)}"/></Relationships>`
  );
}

/** Our custom XML item among the package's entries, by its namespace. */
export function ourItemName(names: readonly string[], text: (name: string) => string | null): string | null {
  return names.find((n) => isOurItem(n) && (text(n) ?? '').includes(WRITTEN_NS)) ?? null;
}

/** Every stored state the package holds: ours and the add-in's. */
export function storedStates(names: readonly string[], text: (name: string) => string | null): StoredState[] {
  const out: StoredState[] = [];
  const item = ourItemName(names, text);
  if (item) {
    const state = stateFromItemXml(text(item) ?? '');
    if (state) out.push({ from: 'customXml', part: item, state });
  }
  for (const part of webExtensionParts(names)) {
    const prop = findAll(text(part) ?? '', 'property').find((p) => p.attrs.name === WRITTEN_KEY);
    const state = prop?.attrs.value === undefined ? null : parseJson(prop.attrs.value);
    if (state) out.push({ from: 'webextension', part, state });
  }
  return out;
}

/** The add-in's settings part with our fingerprints brought up to date (null: it holds none), so the add-in's next refresh sees this write. */
export function withWrittenProperty(xml: string, state: WrittenState): string | null {
  const prop = findAll(xml, 'property').find((p) => p.attrs.name === WRITTEN_KEY);
  return prop ? withAttribute(xml, prop, 'value', JSON.stringify(state)) : null;
}

export const webExtensionParts = (names: readonly string[]): string[] => names.filter(isWebExtension);
