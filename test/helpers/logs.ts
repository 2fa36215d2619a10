import { appendFileSync } from 'node:fs';

/**
 * Parses pino lines into the context's log array and, when TEST_LOG_FILE is set, appends them to that
 * file, so a whole test run's logs can be searched for personal data afterwards.
 */
export function appendLogs(into: Record<string, unknown>[], chunk: Buffer): void {
  const text = chunk.toString('utf8');
  if (process.env.TEST_LOG_FILE) appendFileSync(process.env.TEST_LOG_FILE, text);
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      into.push(JSON.parse(line));
    } catch {
      into.push({ raw: line });
    }
  }
}
