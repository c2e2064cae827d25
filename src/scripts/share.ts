/** Share and embed actions: copy with feedback, Web Share API, the embed dialog and its preview. */
import { embedSnippet } from '../site/share.ts';
import { clientStrings as t } from '../site/strings.client.fr.ts';

async function copy(text: string, feedback: Element | null, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (feedback) feedback.textContent = done;
  } catch {
    if (feedback) feedback.textContent = t.copyFailed;
  }
}

/** Wires every share block and embed dialog under `root`. */
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
    const dialog = block.querySelector('dialog')!;
    const code = block.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
    const theme = block.querySelector<HTMLSelectElement>('[data-embed-theme]')!;
    const height = block.querySelector<HTMLInputElement>('[data-embed-height]')!;
    const preview = block.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
    const feedback = block.querySelector('[data-feedback]');
    const update = () => {
      const url = new URL(block.dataset.src!);
      if (theme.value !== 'auto') url.searchParams.set('theme', theme.value);
      const h = Math.min(2000, Math.max(150, Number(height.value) || 400));
      code.value = embedSnippet({ src: url.href, title: block.dataset.title!, height: h, script: block.dataset.script! });
      // The preview loads from this site, whatever the canonical host, so it works before deployment too.
      const local = new URL(url.pathname + url.search, location.origin);
      preview.src = local.href;
      preview.height = String(h);
    };
    block.querySelector('[data-embed-open]')!.addEventListener('click', () => { update(); dialog.showModal(); });
    block.querySelector('[data-embed-close]')!.addEventListener('click', () => dialog.close());
    theme.addEventListener('change', update);
    height.addEventListener('input', update);
    block.querySelector('[data-embed-copy]')!.addEventListener('click', () => { void copy(code.value, feedback, t.codeCopied); });
  }
}
