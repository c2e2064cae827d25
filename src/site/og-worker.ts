/** A worker thread that draws preview cards (see og-image.ts): a card in, its PNG out. */
import { parentPort } from 'node:worker_threads';
import { drawCard, type CardData } from './og-image.ts';

parentPort!.on('message', (card: CardData) => {
  drawCard(card).then(
    (png) => { const bytes = new Uint8Array(png); parentPort!.postMessage({ png: bytes }, [bytes.buffer]); },
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
