import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createWhistleClient, isApiProblem } from '@whistle-dispatch/client';
import { followOffers } from './bot.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 23)}  ${line}`);
const client = createWhistleClient({ baseUrl: config.baseUrl, apiKey: config.apiKey });

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

// The cursor of the last event handled is kept on disk, so a restarted bot takes up where it
// stopped and answers the offers made while it was down too (those still open are accepted).
mkdirSync(dirname(config.cursorFile), { recursive: true });
const saved = existsSync(config.cursorFile) ? readFileSync(config.cursorFile, 'utf8').trim() : '';

const follow = (lastEventId: string | undefined) => {
  log(
    `${config.unitName}: following ${config.baseUrl}/v1/events/stream${lastEventId ? ` after ${lastEventId}` : ''}`,
  );
  return followOffers({
    client,
    unitId: config.unitId,
    lastEventId,
    signal: stop.signal,
    log,
    onHandled: (cursor) => writeFileSync(config.cursorFile, cursor),
  });
};

try {
  await follow(saved || undefined);
} catch (err) {
  if (!isApiProblem(err, 'cursor_expired')) throw err;
  log('the saved cursor is older than the feed keeps its events: following from now on');
  await follow(undefined);
}
log('stopped');
