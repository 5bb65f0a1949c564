/** The fake Excel for the browser test page: exposed as window.PerfReportFake. */
import { createFakeExcel, createFakeSettings, fakeBookFrom } from '../fake-excel';

(window as any).PerfReportFake = { createFakeExcel, createFakeSettings, fakeBookFrom };
