import type { ChatMessage } from './prompt.js';

export class EndpointError extends Error {
  constructor(
    message: string,
    /** Worth another try: the endpoint was down, slow, overloaded or failing on its side. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface ChatRequest {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  messages: ChatMessage[];
}

/** One POST to an OpenAI-compatible {baseUrl}/chat/completions; returns the first choice's content. */
export async function chatCompletion(req: ChatRequest): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), req.timeoutMs);
  try {
    const res = await fetch(`${req.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      signal: controller.signal,
      headers: {
        'content-type': 'application/json',
        ...(req.apiKey ? { authorization: `Bearer ${req.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: req.model, messages: req.messages, temperature: 0.2, stream: false }),
    });
    const body = await res.text();
    if (!res.ok) {
      const retryable = res.status === 429 || res.status === 408 || res.status >= 500;
      throw new EndpointError(`endpoint answered HTTP ${res.status}`, retryable);
    }
    let data: { choices?: { message?: { content?: unknown } }[] };
    try {
      data = JSON.parse(body);
    } catch {
      throw new EndpointError('endpoint answered with something other than JSON', false);
    }
    const content = data.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new EndpointError('endpoint reply has no choices[0].message.content', false);
    return content;
  } catch (err) {
    if (err instanceof EndpointError) throw err;
    if (controller.signal.aborted) throw new EndpointError(`endpoint did not answer within ${req.timeoutMs} ms`, true);
    throw new EndpointError(`endpoint unreachable: ${(err as Error).message}`, true);
  } finally {
    clearTimeout(timer);
  }
}
