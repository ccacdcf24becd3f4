/**
 * Suggestions under a search box, as an ARIA 1.2 combobox with a listbox
 * popup (the WAI-ARIA Authoring Practices pattern, list autocomplete without
 * automatic selection). Loaded by ./suggest.ts only when a box is first
 * focused.
 *
 * Focus never leaves the box: the option the arrow keys reach is named by
 * aria-activedescendant. Down and Up move, Enter opens the active option's
 * page (with none active, Enter submits the form as it always did), Escape
 * closes the list and a second Escape empties the box, Tab and leaving the
 * box close it, and a click or tap on an option opens it. A polite live
 * region says how many suggestions there are once the list has settled.
 *
 * Names from the index are only ever set as text (textContent), never as
 * markup, and nothing is styled inline: the list uses the classes in
 * src/styles/global.css and the `hidden` attribute, so the strict CSP holds.
 */
import { createExactClient, type ExactClient, type ExactIndexManifest } from '../lib/search/exact.browser.ts';
import { fill, readEditions, readStrings, type ScriptStrings } from '../i18n/client.browser.ts';
import { localisePathIn } from '../i18n/addresses.browser.ts';
import { announcement, optionHref, suggestionOptions, type SuggestOption } from '../lib/search/suggest.browser.ts';

/** Wait this long after the last keystroke before looking anything up. */
const DEBOUNCE_MS = 100;
/** Say how many suggestions there are only once the list has stayed the same this long. */
const ANNOUNCE_AFTER_MS = 500;
/** Every suggestion one file holds for a prefix (at most 200), so records that share a name are counted. */
const FETCH_LIMIT = 200;

const fetchJson = <T>(path: string): Promise<T | undefined> =>
  fetch(path)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
    .catch(() => undefined);

/** One client per index version: two boxes on one page share its files. */
const clients = new Map<string, ExactClient>();
const clientFor = (manifest: ExactIndexManifest): ExactClient => {
  let client = clients.get(manifest.base);
  if (!client) clients.set(manifest.base, (client = createExactClient(manifest, fetchJson)));
  return client;
};

let boxes = 0;

/** Turn a search box into a combobox. `valueAtFocus` is what it held when it was focused, before this module loaded. */
export function attach(input: HTMLInputElement, valueAtFocus: string): void {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return;
  let manifest: ExactIndexManifest;
  try {
    manifest = JSON.parse(form.dataset['exact'] ?? '') as ExactIndexManifest;
  } catch {
    return;
  }
  const words = (readStrings(form) as Partial<ScriptStrings>).suggest;
  const row = input.parentElement;
  if (!words || !row || !manifest.base) return;

  const { reader, editions } = readEditions(form);
  const fallback = editions.find((e) => e.prefix === '') ?? reader;
  const code = (edition: typeof reader) => edition.lang ?? edition.tag;
  const suggestEditions = { reader: { code: code(reader), tag: reader.tag }, fallback: { code: code(fallback), tag: fallback.tag } };
  const localise = (path: string) => localisePathIn(path, reader, editions);
  const searchPath = form.getAttribute('action') ?? '/search/';
  const client = clientFor(manifest);

  const id = input.id || `suggest-${++boxes}`;
  if (!input.id) input.id = id;
  const list = document.createElement('ul');
  list.id = `${id}-suggestions`;
  list.className = 'suggest-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', words.label);
  list.hidden = true;
  row.classList.add('suggest-host');
  row.append(list);

  const help = document.createElement('span');
  help.id = `${id}-suggest-help`;
  help.hidden = true;
  help.textContent = words.help;
  const status = document.createElement('span');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  form.append(help, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), help.id].filter(Boolean).join(' '));

  let options: SuggestOption[] = [];
  let active = -1;
  let request = 0;
  let lookupTimer: number | undefined;
  let announceTimer: number | undefined;
  let lastAnnounced = '';

  const isOpen = () => !list.hidden;

  function setOpen(open: boolean): void {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) activate(-1);
  }

  function activate(index: number): void {
    list.children[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = list.children[index];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function optionElement(option: SuggestOption, index: number): HTMLLIElement {
    const item = document.createElement('li');
    item.id = `${list.id}-${index}`;
    item.className = 'suggest-option';
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const label = document.createElement('span');
    label.className = option.kind === 'lot' ? 'suggest-label lot' : 'suggest-label';
    label.textContent = option.label;
    if (option.lang) label.lang = option.lang;
    // A lot number is a code: the same in every language, never translated.
    if (option.kind === 'lot') label.translate = false;
    const kind = document.createElement('span');
    kind.className = 'suggest-kind';
    kind.textContent = option.count > 1 ? fill(words!.records, { n: option.count }) : words!.kinds[option.kind];
    item.append(label, kind);
    return item;
  }

  function render(next: SuggestOption[]): void {
    options = next;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...next.map(optionElement));
    setOpen(next.length > 0);
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      const said = announcement(options, lastAnnounced, words!);
      if (!said) return;
      lastAnnounced = said.said;
      status.textContent = said.text;
    }, ANNOUNCE_AFTER_MS);
  }

  async function lookUp(): Promise<void> {
    const mine = ++request;
    const found = await client.suggest(input.value, FETCH_LIMIT);
    // A slower, older answer never replaces a newer one, and nothing opens once the reader has left the box.
    if (mine !== request || document.activeElement !== input) return;
    render(suggestionOptions(found, suggestEditions));
  }

  function schedule(): void {
    window.clearTimeout(lookupTimer);
    lookupTimer = window.setTimeout(() => void lookUp(), DEBOUNCE_MS);
  }

  function close(): void {
    window.clearTimeout(lookupTimer);
    request++;
    setOpen(false);
  }

  function choose(index: number): void {
    const option = options[index];
    if (!option) return;
    close();
    input.value = option.label;
    window.location.assign(optionHref(option, localise, searchPath));
  }

  input.addEventListener('input', (event) => {
    activate(-1);
    // Letters still being composed in an input method (pinyin for 保妥适) are not what the reader means yet.
    if (!(event as InputEvent).isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);

  input.addEventListener('keydown', (event) => {
    // Keys that finish a word in an input method (Chinese, Japanese) belong to the input method.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen()) {
          if (options.length === 0) {
            schedule();
            return;
          }
          setOpen(true);
          if (!event.altKey) activate(0);
          return;
        }
        if (!event.altKey) activate(active + 1 < options.length ? active + 1 : 0);
        return;
      case 'ArrowUp':
        if (!isOpen()) return;
        event.preventDefault();
        if (event.altKey) {
          close();
          return;
        }
        activate(active > 0 ? active - 1 : options.length - 1);
        return;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          choose(active);
        } else {
          close();
        }
        return;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          // As a search box does natively, the second Escape empties it.
          event.preventDefault();
          input.value = '';
          options = [];
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        return;
      case 'Tab':
        close();
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the box; the active option is let go.
        activate(-1);
        return;
    }
  });

  // Keep focus in the box while an option is pressed, so leaving the box does not close the list before the click lands.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const item = (event.target as Element).closest('[role="option"]');
    if (item) choose([...list.children].indexOf(item));
  });
  input.addEventListener('focusout', close);
  form.addEventListener('submit', close);
  // A page restored from the back/forward cache opens with the list closed.
  window.addEventListener('pageshow', close);

  if (input.value !== valueAtFocus && document.activeElement === input) schedule();
}
