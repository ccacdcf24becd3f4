/** One worker of the share-image pool: draws the cards it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { renderShareImage, type ShareCard } from '../lib/publish/share-image.ts';

parentPort!.on('message', async (message: { id: number; card: ShareCard }) => {
  try {
    const png = await renderShareImage(message.card);
    parentPort!.postMessage({ id: message.id, png: new Uint8Array(png) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
