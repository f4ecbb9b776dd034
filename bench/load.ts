// 60 s of mixed load on the local stack: complaints filed and tracked, credential requests
// filed with their signed PDF and submitted, in parallel; afterwards every accepted complaint and
// submission is counted in the store.
import type { Benchmark } from './support/benchmark';
import { samplePdf, startBenchStack } from './support/stack';

const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 60) * 1000;
const WORKERS = 8;

export const load: Benchmark = {
  name: 'load',
  title: 'Mixed load, nothing lost',
  async run(log) {
    const stack = await startBenchStack();
    try {
      const pdf = samplePdf(20_000, 'load');
      const accepted = { complaints: new Set<string>(), submissions: new Set<string>() };
      const counts = { requests: 0, ok: 0, clientErrors: 0, serverErrors: 0 };
      const tracked: string[] = [];
      const complaint = (i: number) => ({
        channel: 'web',
        hospitalCode: ['1000001', '1000002', '5000001', '4000101'][i % 4],
        topic: 'waiting-time',
        description: `ภาระทดสอบ ${i} รอนาน 😐`,
        // a complaint needs a way to reach the complainant (a phone or an e-mail)
        complainant: { name: `ผู้ร้อง ทดสอบ ${i}`, phone: '0812345678' },
      });
      const request = (i: number) => ({
        nationalId: '1101700230708',
        title: 'นาง',
        firstNameTh: 'ทดสอบ',
        lastNameTh: 'ภาระงาน',
        firstNameEn: 'Load',
        lastNameEn: 'Test',
        position: 'เจ้าหน้าที่',
        hospitalCode: '1000001',
        purpose: 'new',
        phone: '0812345678',
        email: `load${i}@hospital.example`,
      });
      const note = (status: number) => {
        counts.requests++;
        if (status < 300) counts.ok++;
        else if (status < 500) counts.clientErrors++;
        else counts.serverErrors++;
      };
      const deadline = Date.now() + DURATION_MS;
      let n = 0;
      const worker = async (w: number) => {
        while (Date.now() < deadline) {
          const i = n++;
          const kind = (i + w) % 3;
          if (kind === 0) {
            const res = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', { body: complaint(i) });
            note(res.status);
            if (res.status === 201) {
              accepted.complaints.add(res.body.complaintId);
              tracked.push(res.body.trackingCode);
            }
          } else if (kind === 1 && tracked.length) {
            note((await stack.call('GET', `/complaints/track/${tracked[i % tracked.length]}`)).status);
          } else {
            const created = await stack.call<{ requestId: string; upload: { url: string; method: string; headers: Record<string, string> } }>('POST', '/credential-requests', { body: request(i) });
            note(created.status);
            if (created.status !== 201) continue;
            const put = await fetch(created.body.upload.url, { method: 'PUT', headers: created.body.upload.headers, body: new Uint8Array(pdf) });
            note(put.status);
            const submitted = await stack.call('POST', `/credential-requests/${created.body.requestId}/submit`, { body: {} });
            note(submitted.status);
            if (submitted.status === 202) accepted.submissions.add(created.body.requestId);
          }
        }
      };
      log(`  load: ${WORKERS} workers for ${DURATION_MS / 1000} s`);
      const started = performance.now();
      await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      const seconds = (performance.now() - started) / 1000;

      // count what the store holds for every accepted request
      const { getComplaint } = await import('../shared/data/complaints-repository');
      const { getRequest } = await import('../shared/data/credential-requests-repository');
      let complaintsStored = 0;
      for (const id of accepted.complaints) if (await getComplaint(id)) complaintsStored++;
      let submissionsStored = 0;
      for (const id of accepted.submissions) if ((await getRequest(id))?.status === 'submitted') submissionsStored++;
      const lost = accepted.complaints.size - complaintsStored + (accepted.submissions.size - submissionsStored);
      log(`  load: ${counts.requests} requests, ${accepted.complaints.size} complaints and ${accepted.submissions.size} submissions accepted, ${lost} lost`);
      return {
        figures: [
          { figure: 'accepted complaints and submissions missing from the store', value: String(lost), target: '0', met: lost === 0, absolute: `${accepted.complaints.size} complaints, ${accepted.submissions.size} credential submissions accepted in ${seconds.toFixed(0)} s` },
          { figure: 'server errors (5xx) under mixed load', value: String(counts.serverErrors), target: '0', met: counts.serverErrors === 0, absolute: `${counts.requests} requests (${(counts.requests / seconds).toFixed(0)}/s), ${counts.clientErrors} 4xx` },
        ],
        details: [
          `${WORKERS} concurrent workers for ${(DURATION_MS / 1000).toFixed(0)} s, each looping over: file a web complaint; track one by code; file a credential request, PUT its signed PDF to S3 and submit it.`,
          'Afterwards each accepted complaint (201) is read back by id, and each accepted submission (202) is read back and must be `submitted`.',
          '',
          '| requests | 2xx | 4xx | 5xx | complaints accepted / stored | submissions accepted / stored |',
          '| --- | --- | --- | --- | --- | --- |',
          `| ${counts.requests} | ${counts.ok} | ${counts.clientErrors} | ${counts.serverErrors} | ${accepted.complaints.size} / ${complaintsStored} | ${accepted.submissions.size} / ${submissionsStored} |`,
        ].join('\n'),
        findings: lost || counts.serverErrors ? [`${lost} accepted items missing, ${counts.serverErrors} server errors under load.`] : [],
      };
    } finally {
      await stack.stop();
    }
  },
};
