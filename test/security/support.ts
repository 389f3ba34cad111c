/** Raw HTTP for the security tests: any headers, any bytes, answered or not, without fetch's own rules. */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  text: string;
}

export function rawPost(
  base: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string>,
  timeoutMs = 10_000,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'POST', headers, timeout: timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

export const activityJson = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'message',
    text: 'what foods have potassium',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: 'security-1' },
    ...extra,
  });
