/**
 * The suggestions under every search box, loaded only when a box is first
 * focused: a page nobody searches from pays for this file alone. The
 * combobox (./suggest-combobox.ts) and the index files it reads arrive after
 * focus, as the reader types. Without JavaScript the box is a plain GET form.
 */
import comboboxUrl from 'lazy-url:./suggest-combobox.ts';

type Combobox = typeof import('./suggest-combobox.ts');

const started = new WeakSet<HTMLInputElement>();
let combobox: Promise<Combobox> | undefined;

function start(target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || !target.matches('[data-suggest]') || started.has(target)) return;
  started.add(target);
  const value = target.value;
  (combobox ??= import(/* @vite-ignore */ comboboxUrl) as Promise<Combobox>).then(
    (module) => module.attach(target, value),
    () => {
      // Offline or blocked: the form still searches; try again on the next focus.
      started.delete(target);
      combobox = undefined;
    },
  );
}

document.addEventListener('focusin', (event) => start(event.target));
start(document.activeElement);
