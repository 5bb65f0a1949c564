/**
 * Refresh after edits: a change on a source sheet, while auto-refresh is on, refreshes the
 * report once the user pauses (debounced). Changes on the report sheet (the user's own text
 * there is kept by the next refresh anyway) and co-authors' changes (source Remote: their pane
 * refreshes) never trigger one; an edit made while a refresh runs queues one more.
 */
import { SheetChange } from './excelHost';

export const AUTO_REFRESH_DELAY_MS = 800;

export interface AutoRefreshOptions {
  readonly delayMs?: number;
  /** Read at every change, so switching auto-refresh off takes effect at once. */
  readonly isEnabled: () => boolean;
  readonly refresh: () => Promise<void>;
  readonly onError?: (e: unknown) => void;
}

export interface AutoRefresh {
  readonly notify: (change: SheetChange) => void;
  readonly dispose: () => void;
}

export function createAutoRefresh(options: AutoRefreshOptions): AutoRefresh {
  const delay = options.delayMs ?? AUTO_REFRESH_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let pending = false;
  let disposed = false;

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void fire(), delay);
  };

  const fire = async () => {
    timer = null;
    if (disposed || !options.isEnabled()) return;
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      await options.refresh();
    } catch (e) {
      options.onError?.(e);
    } finally {
      running = false;
    }
    if (pending && !disposed) {
      pending = false;
      schedule();
    }
  };

  return {
    notify(change) {
      if (disposed || change.remote || !options.isEnabled()) return;
      void change.onReportSheet().then((own) => {
        if (own || disposed) return;
        if (running) pending = true;
        else schedule();
      });
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
