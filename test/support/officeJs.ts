/**
 * Office.js's own request serializer, in Node: the real excel-web library builds the request
 * our writes make (without sending it), so tests and the bench measure request bytes exactly
 * as Excel on the web receives them.
 */
import * as fs from 'fs';
import * as vm from 'vm';

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

let excel: any = null;

function load(): any {
  if (excel) return excel;
  const sandbox: any = {
    navigator: { userAgent: 'node' },
    document: {
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute() {}, style: {} }),
      addEventListener() {},
      readyState: 'complete',
      cookie: '',
    },
    location: { href: 'https://localhost/', search: '', hash: '', protocol: 'https:' },
    setTimeout,
    clearTimeout,
    console: { log() {}, warn() {}, error() {} },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(LIBRARY, 'utf8'), sandbox);
  excel = sandbox.Excel;
  return excel;
}

/** A real Excel.RequestContext that is never synced: queue writes on it, then measure. */
export function officeJsContext(): Excel.RequestContext {
  return new (load().RequestContext)();
}

/** UTF-8 bytes of the request body office.js would send for everything queued on `context`. */
export function serializedBytes(context: Excel.RequestContext): number {
  const body = (context as any)._pendingRequest.buildRequestMessageBodyAndRequestFlags().body;
  return Buffer.byteLength(JSON.stringify(body), 'utf8');
}
