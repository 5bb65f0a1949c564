/** The file is missing, not an .xlsx, or corrupt. The message is for people (中文 first). */
export class WorkbookReadError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}
