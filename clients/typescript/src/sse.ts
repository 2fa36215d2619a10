/**
 * A block of the stream: an event (`data` set) or, when the block had an `id:` and no data, only
 * a new position (`data` null): the service sends one first, to say where a new stream starts.
 */
export interface SseBlock {
  /** The last event ID after this block, as the SSE specification keeps it (it persists across blocks). */
  id: string;
  event: string;
  data: string | null;
}

/**
 * A Server-Sent Events parser after the WHATWG specification: lines end with CR, LF or CRLF (also
 * across chunks), `:` starts a comment (heartbeats), `data` lines join with LF, `id` persists
 * until changed (an id-only block moves it too, which parsers that report only events lose), and
 * `retry` sets the reconnection time.
 */
export class SseParser {
  lastEventId = '';
  retryMs: number | undefined;
  private partial = '';
  private afterCR = false;
  private started = false;
  private data: string[] = [];
  private event = '';
  private idSeen = false;

  /** Parses the next decoded chunk and returns the blocks it completed. */
  feed(chunk: string): SseBlock[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.afterCR && text.startsWith('\n')) text = text.slice(1);
    this.afterCR = false;
    const blocks: SseBlock[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.line(this.partial + text.slice(start, i), blocks);
      this.partial = '';
      if (c === 13) {
        if (i + 1 === text.length) this.afterCR = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    this.partial += text.slice(start);
    return blocks;
  }

  private line(line: string, blocks: SseBlock[]): void {
    if (line === '') {
      this.dispatch(blocks);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\0')) {
          this.lastEventId = value;
          this.idSeen = true;
        }
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retryMs = Number(value);
        break;
    }
  }

  private dispatch(blocks: SseBlock[]): void {
    if (this.data.length > 0)
      blocks.push({ id: this.lastEventId, event: this.event || 'message', data: this.data.join('\n') });
    else if (this.idSeen) blocks.push({ id: this.lastEventId, event: '', data: null });
    this.data = [];
    this.event = '';
    this.idSeen = false;
  }
}
