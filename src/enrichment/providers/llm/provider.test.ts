import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLlmProvider } from './provider.js';
import { createBuiltinProvider } from '../builtin.js';
import { validateGenerated } from '../validate.js';
import { goodMoreInfo, twitchInput } from '../testing/fixtures.js';

// A stand-in for any OpenAI-compatible server: each test sets how it answers the next requests.
type Behaviour = (n: number) => { status?: number; delayMs?: number; content?: string; raw?: string };
let behaviour: Behaviour = () => ({ content: '{}' });
let requests: { auth?: string; body: any }[] = [];
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let baseUrl: string;

before(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      requests.push({ auth: req.headers.authorization, body: JSON.parse(data) });
      const plan = behaviour(requests.length);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let done = false;
      const finish = () => {
        if (!done) inFlight--;
        done = true;
      };
      const timer = setTimeout(() => {
        finish();
        const payload = plan.raw ?? JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: plan.content ?? '' }, finish_reason: 'stop' }] });
        res.writeHead(plan.status ?? 200, { 'content-type': 'application/json' }).end(payload);
      }, plan.delayMs ?? 0);
      // The client gave up (timeout): stop counting the request as in flight.
      res.on('close', () => {
        clearTimeout(timer);
        finish();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(() => new Promise<void>((r) => server.close(() => r())));

function provider(extra: Partial<Parameters<typeof createLlmProvider>[0]> = {}) {
  requests = [];
  maxInFlight = 0;
  return createLlmProvider({ baseUrl, model: 'test-model', apiKey: 'sk-test', timeoutMs: 500, retries: 1, backoffMs: 10, fallback: createBuiltinProvider(), ...extra });
}

const reply = (headline: string, moreInfo: string | null) => JSON.stringify({ headline, moreInfo });

test('a good reply is accepted, with citations renumbered to the sources it used', async () => {
  behaviour = () => ({ content: reply('Involuntary Muscle Twitches: Causes and Solutions', goodMoreInfo) });
  const out = await provider().generate(twitchInput);
  assert.equal(out.provider, 'llm');
  assert.equal(out.headline, 'Involuntary Muscle Twitches: Causes and Solutions');
  assert.deepEqual(out.moreInfo?.sources, [
    { n: 1, title: 'What causes muscle twitching?', url: '/faq/1' },
    { n: 2, title: 'What are the treatments for muscle twitching?', url: '/faq/2' },
  ]);
  assert.deepEqual(validateGenerated(out, twitchInput), []);
  assert.equal(requests.length, 1);
  assert.equal(requests[0].auth, 'Bearer sk-test');
  assert.equal(requests[0].body.model, 'test-model');
  // The passages are numbered in the prompt so the model can cite them.
  assert.match(requests[0].body.messages[1].content, /\[1\] What causes muscle twitching\?/);
  assert.match(requests[0].body.messages[1].content, /\[3\] Answer by Dr\. Tao/);
});

test('a reply wrapped in a code fence is still read', async () => {
  behaviour = () => ({ content: 'Here it is:\n```json\n' + reply('Muscle Twitching: Causes and Solutions', goodMoreInfo) + '\n```' });
  const out = await provider().generate(twitchInput);
  assert.equal(out.provider, 'llm');
});

async function assertFallsBack(reason: RegExp, extra = {}) {
  const out = await provider(extra).generate(twitchInput);
  assert.equal(out.provider, 'builtin');
  assert.ok(out.warnings?.some((w) => reason.test(w)), `warnings ${JSON.stringify(out.warnings)} should match ${reason}`);
  assert.deepEqual(validateGenerated(out, twitchInput).filter((p) => !/headline/.test(p)), []);
  return out;
}

test('a malformed reply ends in the built-in fallback', async () => {
  behaviour = () => ({ content: 'Sure! Muscle twitches are usually harmless [1].' });
  await assertFallsBack(/llm fallback: malformed reply/);
  behaviour = () => ({ raw: '<html>bad gateway</html>' });
  await assertFallsBack(/llm fallback: .*other than JSON/);
  behaviour = () => ({ content: JSON.stringify({ headline: 42, moreInfo: 'x' }) });
  await assertFallsBack(/malformed reply: the reply has no headline/);
});

test('an invented citation [9] ends in the built-in fallback', async () => {
  behaviour = () => ({ content: reply('Muscle Twitching: Causes and Solutions', goodMoreInfo.replace('lack of sleep and hard exercise [1]', 'lack of sleep and hard exercise [9]')) });
  await assertFallsBack(/llm fallback: check failed: invented citation \[9\]/);
});

test('a dose statement ends in the built-in fallback', async () => {
  const withDose = goodMoreInfo.replace('Gentle stretching', 'Taking 400 mg of magnesium twice a day helps [2]. Gentle stretching');
  behaviour = () => ({ content: reply('Muscle Twitching: Causes and Solutions', withDose) });
  await assertFallsBack(/check failed: .*dose statement/);
});

test('a diagnosis statement ends in the built-in fallback', async () => {
  const diagnosing = goodMoreInfo.replace('Muscle twitches are small', 'You have benign fasciculation syndrome [1]. Muscle twitches are small');
  behaviour = () => ({ content: reply('Muscle Twitching: Causes and Solutions', diagnosing) });
  await assertFallsBack(/check failed: .*diagnosis statement/);
});

test('a reply in the wrong language or without the doctor ending ends in the fallback', async () => {
  behaviour = () => ({ content: reply('肌肉抽动的原因', '肌肉抽动通常是良性的[1]。压力和咖啡因是常见原因[1]。如果症状持续，请就医[2]。') });
  await assertFallsBack(/not (?:written )?in en/);
  behaviour = () => ({ content: reply('Muscle Twitching: Causes and Solutions', goodMoreInfo.split('\n\n').slice(0, 3).join('\n\n')) });
  await assertFallsBack(/does not end with a paragraph on when to see a doctor/);
});

test('a timeout is retried with backoff and then ends in the fallback', async () => {
  behaviour = () => ({ delayMs: 2000, content: reply('Late', goodMoreInfo) });
  const started = Date.now();
  await assertFallsBack(/llm fallback: endpoint did not answer within 200 ms/, { timeoutMs: 200, retries: 2 });
  assert.equal(requests.length, 3, 'one attempt and two retries');
  assert.ok(Date.now() - started < 1800, 'gives up on its own timeout, not the server');
});

test('a server error is retried, and a later good answer is used', async () => {
  behaviour = (n) => (n === 1 ? { status: 503, raw: '{"error":"overloaded"}' } : { content: reply('Muscle Twitching: Causes and Solutions', goodMoreInfo) });
  const out = await provider({ retries: 2 }).generate(twitchInput);
  assert.equal(out.provider, 'llm');
  assert.equal(requests.length, 2);
});

test('a client error (HTTP 400) is not retried', async () => {
  behaviour = () => ({ status: 400, raw: '{"error":"bad model"}' });
  await assertFallsBack(/HTTP 400/, { retries: 3 });
  assert.equal(requests.length, 1);
});

test('an endpoint that is down ends in the fallback', async () => {
  const out = await provider({ baseUrl: 'http://127.0.0.1:9/v1', retries: 1 }).generate(twitchInput);
  assert.equal(out.provider, 'builtin');
  assert.ok(out.warnings?.some((w) => /llm fallback: endpoint unreachable/.test(w)));
});

test('no more requests are in flight than the concurrency limit', async () => {
  behaviour = () => ({ delayMs: 60, content: reply('Muscle Twitching: Causes and Solutions', goodMoreInfo) });
  const p = provider({ concurrency: 2, timeoutMs: 2000 });
  const outs = await Promise.all(Array.from({ length: 6 }, () => p.generate(twitchInput)));
  assert.ok(outs.every((o) => o.provider === 'llm'));
  assert.equal(requests.length, 6);
  assert.equal(maxInFlight, 2);
});

test('a null moreInfo from the model is accepted as "nothing grounded to say"', async () => {
  behaviour = () => ({ content: reply('Muscle Twitching: Causes and Solutions', null) });
  const out = await provider().generate(twitchInput);
  assert.equal(out.provider, 'llm');
  assert.equal(out.moreInfo, null);
});

test('citation lists and ranges are read as separate markers', async () => {
  const { normaliseMarkers } = await import('./reply.js');
  assert.equal(normaliseMarkers('a [1, 2]. b [2-3]. c【1】。'), 'a [1][2]. b [2][3]. c[1]。');
});

test('a good text under a bad headline keeps the text and takes the built-in headline', async () => {
  behaviour = () => ({ content: reply('Regarding involuntary muscle twitching?', goodMoreInfo) });
  const out = await provider().generate(twitchInput);
  assert.equal(out.provider, 'llm');
  assert.match(out.headline, /Muscle Twitching/);
  assert.ok(out.warnings?.some((w) => /llm headline replaced: headline is just the asker's title/.test(w)));
  assert.deepEqual(validateGenerated(out, twitchInput), []);
});

test('a Traditional Chinese question accepts a Traditional reply and rejects a Simplified one', async () => {
  const input = {
    question: { title: '胃痛怎麼辦？', body: '飯後常常胃痛。', lang: 'zh-Hant' as const, department: { slug: 'gastroenterology', name: 'Gastroenterology' } },
    answers: [{ text: '建議清淡飲食，規律作息。', doctorName: '李醫師' }],
    passages: [{ id: 'answer:1', kind: 'doctor-answer' as const, title: '李醫師的回答', url: '/questions/8#answer-1', text: '建議清淡飲食，規律作息。胃痛和飲食不規律有關。', lang: 'zh-Hant' as const }],
  };
  const traditional = '胃痛常和飲食不規律、壓力等因素有關，飯後疼痛也很常見[1]。平時建議清淡飲食，少吃辛辣油膩，規律作息，避免熬夜[1]。\n\n如果疼痛持續、加重，或出現嘔血、黑便，請及時到醫院就診。';
  behaviour = () => ({ content: reply('胃痛的常見原因與日常調理', traditional) });
  const ok = await provider().generate(input);
  assert.equal(ok.provider, 'llm', JSON.stringify(ok.warnings));
  behaviour = () => ({ content: reply('胃痛的常见原因与日常调理', '胃痛常和饮食不规律、压力等因素有关，饭后疼痛也很常见[1]。平时建议清淡饮食，少吃辛辣油腻，规律作息，避免熬夜[1]。\n\n如果疼痛持续、加重，或出现呕血、黑便，请及时到医院就诊。') });
  const rejected = await provider().generate(input);
  assert.equal(rejected.provider, 'builtin');
  assert.ok(rejected.warnings?.some((w) => /not written in zh-Hant/.test(w)));
});
