// Re-packs a zip (the workbook) with every entry stamped with one fixed date, so that the bytes
// depend on the content alone and not on when or in which time zone the file was built. Uses
// jszip, which exceljs itself writes with (jszip writes entry dates in UTC).
import JSZip from 'jszip';

export async function repackZip(zipBytes: Uint8Array, entryDate: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(zipBytes);
  const target = new JSZip();
  const entries: JSZip.JSZipObject[] = [];
  source.forEach((_path, entry) => {
    if (!entry.dir) entries.push(entry);
  });
  for (const entry of entries) {
    target.file(entry.name, await entry.async('uint8array'), { date: entryDate, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
