// Re-stamps every entry of a zip (the workbook) with one fixed date, so that the bytes depend on
// the content alone and not on when or in which time zone the file was built. jszip (which exceljs
// itself writes with) keeps each entry's compressed bytes when the method is unchanged, so only the
// headers are rewritten; it writes entry dates in UTC.
import JSZip from 'jszip';

export async function repackZip(zipBytes: Uint8Array, entryDate: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  zip.forEach((_path, entry) => {
    entry.date = entryDate;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
