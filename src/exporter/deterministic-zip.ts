// Re-stamps every entry of a zip (the workbook) with one fixed date, so that the bytes depend on
// the content alone and not on when or in which time zone the file was built, and adds the parts
// the streaming writer cannot make (the Excel Tables' definitions, the README picture's drawing)
// with their [Content_Types].xml entries. jszip keeps each loaded entry's compressed bytes when
// the method is unchanged, so the large sheets are not inflated again: only the headers are
// rewritten, and [Content_Types].xml, which is small. It writes entry dates in UTC.
import JSZip from 'jszip';

const CONTENT_TYPES = '[Content_Types].xml';

/** A part to add: its path in the zip, its XML text and, for a part that needs one, its content type. */
export interface AddedPart {
  path: string;
  text: string;
  contentType?: string;
}

export async function repackZip(zipBytes: Uint8Array, entryDate: Date, added: readonly AddedPart[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  const overrides = added.filter((part) => part.contentType !== undefined);
  if (overrides.length > 0) {
    const types = await zip.file(CONTENT_TYPES)?.async('string');
    if (types === undefined || !types.includes('</Types>')) throw new Error(`the workbook has no ${CONTENT_TYPES}`);
    // Every part but those with a Default by extension needs an Override naming its content type
    // (ECMA-376 Part 2, Open Packaging Conventions, §10.1.2.2).
    const entries = overrides.map((part) => `<Override PartName="/${part.path}" ContentType="${part.contentType!}"/>`).join('');
    zip.file(
      CONTENT_TYPES,
      types.replace('</Types>', () => `${entries}</Types>`),
    );
  }
  // Parts only: a folder is not a part of the package, and the stream writer adds none.
  for (const part of added) zip.file(part.path, part.text, { createFolders: false });
  zip.forEach((_path, entry) => {
    entry.date = entryDate;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
