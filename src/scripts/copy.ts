/** Copies text with feedback in a status element; the feedback clears after a few seconds. */
import { clientStrings as t } from '../site/strings.client.fr.ts';

const timers = new WeakMap<Element, number>();

export async function copy(text: string, feedback: Element | null, done: string): Promise<void> {
  let message = done;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    message = t.copyFailed;
  }
  if (!feedback) return;
  feedback.textContent = message;
  clearTimeout(timers.get(feedback));
  timers.set(feedback, window.setTimeout(() => { feedback.textContent = ''; }, 4000));
}
