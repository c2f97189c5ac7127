/** Hand a text to the browser as a file download, then let go of the object URL. */
export function downloadText(content: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next turn: the download has taken its own reference by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
