import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import { startSite } from './helpers/runtime.js';
import { api } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient } from './helpers/factories.js';

test('an answer sends the asker a mail that a real SMTP server receives', async () => {
  const received: { to: string[]; data: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (c) => (data += c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  const site = await startSite({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  try {
    const patient = await buildPatient(site.rt, { email: 'worried.reader@example.test' });
    const doc = await buildDoctor(site.rt, { department: 'cardiology', name: 'Dr. Heart' });
    const asked = await api(site.url, 'POST', '/api/questions', {
      token: patient.token,
      body: { department: 'cardiology', title: 'Skipped heartbeats at rest', body: 'Sometimes in the evening I feel a skipped beat, then a thump. No chest pain or dizziness.', displayName: 'Evening Thump', ageRange: '40~49', sex: 'male', consent: true },
    });
    assert.equal(asked.status, 201, asked.text);
    const answered = await api(site.url, 'POST', `/api/questions/${asked.json.id}/answers`, {
      token: doc.token,
      body: { text: 'Extra beats like this are common and often harmless; caffeine and poor sleep make them more frequent. See a doctor if you faint or get chest pain.' },
    });
    assert.equal(answered.status, 201);
    // Mail goes through the job queue, so a mail server that is down delays it instead of losing it.
    await site.rt.worker.drain();
    assert.equal(received.length, 1);
    assert.deepEqual(received[0].to, ['worried.reader@example.test']);
    assert.match(received[0].data, /Subject: A doctor answered your question/);
    assert.match(received[0].data, new RegExp(`/questions/${asked.json.id}`));
    assert.match(received[0].data, /Dr\. Heart/);
  } finally {
    await site.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test('when the mail server is down the mail job is retried, not lost', async () => {
  // Port 9 on loopback: nothing listens there, the connection is refused.
  const site = await startSite({ SMTP_URL: 'smtp://127.0.0.1:9' });
  try {
    const patient = await buildPatient(site.rt);
    const doc = await buildDoctor(site.rt, { department: 'cardiology' });
    const asked = await api(site.url, 'POST', '/api/questions', {
      token: patient.token,
      body: { department: 'cardiology', title: 'Palpitations after coffee', body: 'My heart races for a few minutes after strong coffee. Should I worry about it at all?', displayName: 'Coffee Lover', ageRange: '20~29', sex: 'female', consent: true },
    });
    await api(site.url, 'POST', `/api/questions/${asked.json.id}/answers`, { token: doc.token, body: { text: 'Caffeine commonly causes a racing heart. Cut down and see a doctor if it continues without coffee.' } });
    const r = await site.rt.worker.drain();
    assert.ok(r.retried >= 1);
    const job = await site.rt.database.db.selectFrom('jobs').selectAll().where('kind', '=', 'send-mail').executeTakeFirstOrThrow();
    assert.equal(job.status, 'queued');
    assert.ok(job.last_error && job.last_error.length > 0, 'the error is recorded');
    assert.ok(job.run_at > new Date().toISOString(), 'retried later, with backoff');
  } finally {
    await site.close();
  }
});
