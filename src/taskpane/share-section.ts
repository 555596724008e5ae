// The pane's share-safe section: the user picks where (no scope is preselected: this changes their
// cells), clicks Convert, and reads what was converted per sheet. Planning is share-safe.ts's.
import type { Language } from '../core';
import { convertScoFormulas, type ExcelHost, type Session } from '../addin/excel-adapter';
import type { Refusal } from '../addin/refusals';
import { CONVERT_SCOPES, type ConvertScope } from '../addin/share-safe';
import { SHARE_TEXT } from './share-text';

export interface ShareSection {
  host: ExcelHost;
  session: Session;
  lang: Language;
  supported: boolean;
  /** What the host lacks, for the note under the button. */
  needs: string;
  refusalText: (refusal: Refusal) => string;
  say: (message: string, isError: boolean) => void;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startShareSection({ host, session, lang, supported, needs, refusalText, say }: ShareSection): void {
  const text = SHARE_TEXT[lang];
  byId('label-share').textContent = text.heading;
  byId('share-help').textContent = text.help;
  byId('label-share-scope').textContent = text.scope;
  for (const scope of CONVERT_SCOPES) byId(`label-scope-${scope}`).textContent = text.scopes[scope];
  const button = byId<HTMLButtonElement>('convert');
  button.textContent = text.convert;
  const note = byId('convert-note');
  note.hidden = supported;
  note.textContent = supported ? '' : needs;
  const chosen = () => document.querySelector<HTMLInputElement>('input[name="share-scope"]:checked')?.value as ConvertScope | undefined;
  const update = () => {
    button.disabled = !supported || chosen() === undefined;
  };
  byId('share-section').addEventListener('change', update);
  update();
  button.addEventListener('click', () => {
    const scope = chosen();
    if (!scope) return say(text.chooseScope, true);
    button.disabled = true;
    void convertScoFormulas(host, session, scope)
      .then((outcome) => {
        if (!outcome.ok) say(refusalText(outcome.refusal), true);
        else if (outcome.plan.found === 0) say(text.nothing, false);
        else
          say(
            text.done(outcome.plan.sheets),
            outcome.plan.sheets.some((entry) => entry.skipped.length > 0),
          );
      })
      .finally(update);
  });
}
