/** Share and embed actions: copy with feedback, Web Share API; the embed dialog's code loads when first opened. */
import { clientStrings as t } from '../site/strings.client.fr.ts';
import { copy } from './copy.ts';

/** Wires every share block and embed button under `root`. */
export function initShare(root: ParentNode = document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const feedback = block.querySelector('[data-feedback]');
    block.querySelector<HTMLButtonElement>('[data-copy]')?.addEventListener('click', (e) => {
      void copy((e.currentTarget as HTMLButtonElement).dataset.copy!, feedback, t.copied);
    });
    const native = block.querySelector<HTMLButtonElement>('[data-native-share]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => { void navigator.share({ url: native.dataset.nativeShare!, title: native.dataset.title! }).catch(() => {}); });
    }
  }
  for (const block of root.querySelectorAll<HTMLElement>('[data-embed]')) {
    block.querySelector('[data-embed-open]')!.addEventListener('click', () => {
      void import('./embed-dialog.ts').then((m) => m.openEmbedDialog(block));
    });
  }
}
