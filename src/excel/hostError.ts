/** A failure the pane explains: which step failed and Excel's error code. */
export class HostError extends Error {
  constructor(
    readonly step: 'read' | 'write' | 'select' | 'events' | 'template' | 'note',
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export function hostError(step: HostError['step'], e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string })?.code ?? 'GeneralException';
  return new HostError(step, code, e instanceof Error ? e.message : String(e));
}
