/** Offers bytes as a file download in the browser (web page and task pane). */

/** Saves `blob` as `name` through a temporary link (the URL is revoked once the download has started). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
