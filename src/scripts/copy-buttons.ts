import { readStrings } from '../i18n/client.browser.ts';
/**
 * "Copy" buttons for blocks of text (the citations under "Cite this page").
 *
 * Progressive enhancement: the text is always on the page and selectable; the
 * buttons are rendered with `hidden` and shown only here, when scripts run. A
 * button names its text with data-copy-target (an element id); the
 * [data-copy-status] live region in its section announces the result. Uses the
 * asynchronous Clipboard API; where that is missing or refused (an insecure
 * origin, an old browser), it selects the text instead so the reader can copy it
 * with the keyboard.
 */

const RESET_AFTER_MS = 2500;

function selectContents(element: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Write the text; where the block has italics (APA, MLA), offer HTML too so a word processor keeps them. */
async function writeToClipboard(element: HTMLElement, text: string): Promise<boolean> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard || !window.isSecureContext) return false;
  if (element.querySelector('i') && typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([element.innerHTML.trim()], { type: 'text/html' }),
        }),
      ]);
      return true;
    } catch {
      // Some browsers refuse text/html: fall through to plain text.
    }
  }
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Polite announcement; emptied first so the same message is read again on a second click. */
function announce(region: HTMLElement | null, message: string): void {
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

export function enableCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (!target) continue;
    const status = button.closest('section')?.querySelector<HTMLElement>('[data-copy-status]') ?? null;
    const label = button.querySelector<HTMLElement>('[data-copy-label]');
    const idle = label?.textContent ?? '';
    const words = readStrings(status);
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const text = (target.textContent ?? '').trim();
      const copied = await writeToClipboard(target, text);
      if (copied) {
        announce(status, words.copied);
      } else {
        selectContents(target);
        announce(status, words.selectedHelp);
      }
      if (label) {
        label.textContent = copied ? words.copied : words.selected;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          label.textContent = idle;
        }, RESET_AFTER_MS);
      }
    });
    button.hidden = false;
  }
}
