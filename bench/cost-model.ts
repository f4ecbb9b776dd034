// `npx tsx bench/cost-model.ts`: docs/cost.md, the monthly AWS bill of a stated SSO workload, priced
// from the AWS calls the round-trips bench counted per request (bench/round-trips.json) and, for
// what it does not exercise, from the stated assumptions below. Run `npm run bench -- round-trips` first.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Row } from './round-trips';
import { table } from './support/stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const rows = JSON.parse(readFileSync(path.join(import.meta.dirname, 'round-trips.json'), 'utf8')) as Row[];
const measured = (route: string) => {
  const r = rows.find((x) => x.route === route);
  if (!r) throw new Error(`round-trips.json has no ${route}`);
  // what the table stream's mail sender did for it, off the request path (a Lambda invocation of its own)
  const sender = (commands: string[]) => commands.reduce((sum, c) => sum + (r.offPath[`mail/deliver-queued: ${c}`] ?? 0), 0);
  const queuedMail = { reads: sender(['GetItem']), writes: sender(['UpdateItem', 'PutItem']), ses: sender(['SendEmail']) };
  return { reads: r.reads, writes: r.writes, ses: r.other.SES ?? 0, sfn: r.other.StepFunctions ?? 0, s3: r.other.S3 ?? 0, queuedMail, offPath: Object.values(r.offPath).reduce((a, b) => a + b, 0) };
};

/** Prices, Asia Pacific (Singapore) ap-southeast-1, USD, on-demand, no free tier applied (PRICE_DATE). */
const PRICE_DATE = 'the AWS public price pages for ap-southeast-1 as of 2025-06 (DynamoDB on-demand after its November 2024 reduction); not re-fetched on the build machine, so re-check them in the AWS Pricing Calculator before budgeting';
const PRICE = {
  lambdaRequest: 0.2 / 1e6,
  lambdaGbSecondArm: 0.0000133334,
  httpApiRequest: 1.2 / 1e6,
  ddbWriteUnit: 0.7125 / 1e6,
  ddbReadUnit: 0.1425 / 1e6,
  ddbStorageGbMonth: 0.285,
  ddbPitrGbMonth: 0.228,
  s3StorageGbMonth: 0.025,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  sesMessage: 0.1 / 1000,
  sfnTransition: 0.025 / 1000,
  cloudFrontGbOut: 0.14,
  cloudFrontHttpsRequest: 0.012 / 10_000,
  wafAclMonth: 5,
  wafRuleMonth: 1,
  wafRequest: 0.6 / 1e6,
  secretMonth: 0.4,
  secretsApiCall: 0.05 / 10_000,
  logsIngestGb: 0.7,
  logsStoreGbMonth: 0.03,
  metricMonth: 0.3,
  alarmMonth: 0.1,
  dashboardMonth: 3,
  xrayTrace: 5 / 1e6,
};

/** The workload of one month at 1× (assumptions; docs/cost.md states them). */
const BASE = {
  hospitals: 2_400,
  complaints: 3_000,
  trackingPerComplaint: 3,
  complaintsWithEmail: 0.5,
  staffRequestsPerComplaint: 8,
  credentialRequests: 1_500,
  statusChecksPerRequest: 2,
  staffRequestsPerCredentialRequest: 4,
  awardSubmissions: 700 / 12,
  requestsPerAwardSubmission: 25,
  signIns: 8_000,
  otherSignedInRequests: 40_000,
  publicReferenceGets: 20_000,
  sitePageLoads: 60_000,
};

/** What the round-trips bench does not see, per request or per case (stated, not measured). */
const ASSUMED = {
  /** a signed-in request: the account lookup, plus what it reads and writes (lists, a case, its events) */
  signedIn: { reads: 3, writes: 0.5 },
  /** the SLA workflow per complaint: 1 + 4 × open stages at most (bench `sla`: 4 on time, 10 breaching); a mix */
  transitionsPerComplaint: 6,
  /** its tasks per complaint: announce + about 1 check, each ~4 DynamoDB calls and a mail */
  slaTasksPerComplaint: 2,
  slaTaskCalls: { reads: 2, writes: 2, ses: 1 },
  /** mails to the complainant at acknowledgement, report-back and closure */
  complainantMailsPerComplaint: 3,
  /** upload check: one S3 GET of the file and ~3 DynamoDB calls */
  uploadCheck: { reads: 1, writes: 2, s3Get: 1 },
  /** Lambda: warm duration (ms) and memory (GB) of an API request; init of a cold start */
  warmMs: 80,
  memoryGb: 0.5,
  coldShare: 0.3,
  initMs: 700,
  /** bytes: average DynamoDB item written (Thai text is 3 bytes a character), read */
  writeUnitsPerWrite: 2,
  readUnitsPerRead: 1,
  /** a transaction's items are billed twice; a filing's transaction holds about 2 items */
  transactionItems: 2,
  /** the built site (scripts, styles, the Thai web font) once a browser has it cached: about half a megabyte a load */
  siteBytesPerPageLoad: 0.5e6,
  siteRequestsPerPageLoad: 15,
  logBytesPerInvocation: 2_000,
  tableGb: 2,
  uploadsGbAddedPerMonth: 1.5,
  wafRules: 4,
  secrets: 2,
  /** a warm function reads its secret every 5 minutes; a cold one at start */
  secretReadsPerColdStart: 1,
  customMetrics: 12,
  // with the stream's sender: its failure queue and its iterator age
  alarms: 15,
  dashboards: 1,
};

interface Line {
  item: string;
  quantity: number;
  unit: string;
  usd: number;
}

function bill(scale: number): Line[] {
  const n = (x: number) => x * scale;
  const file = measured('POST /api/complaints');
  const track = measured('GET /api/complaints/track/{trackingCode}');
  const create = measured('POST /api/credential-requests');
  const status = measured('GET /api/credential-requests/{requestId}/status');
  const submit = measured('POST /api/credential-requests/{requestId}/submit');
  const login = measured('POST /api/auth/login');
  const reference = measured('GET /api/hospitals');

  const complaints = n(BASE.complaints);
  const credential = n(BASE.credentialRequests);
  const signedIn = n(BASE.otherSignedInRequests) + complaints * BASE.staffRequestsPerComplaint + credential * BASE.staffRequestsPerCredentialRequest + n(BASE.awardSubmissions) * BASE.requestsPerAwardSubmission;
  const apiRequests = complaints * (1 + BASE.trackingPerComplaint) + credential * (2 + BASE.statusChecksPerRequest) + n(BASE.signIns) + n(BASE.publicReferenceGets) + signedIn;
  const slaTasks = complaints * ASSUMED.slaTasksPerComplaint;
  // the upload check, and the stream's sender of the submission's two mails (one batch)
  const invocations = apiRequests + slaTasks + credential * 2 + n(BASE.awardSubmissions) * 2;

  // DynamoDB calls: measured per public request, assumed for the rest
  const reads =
    complaints * (file.reads + BASE.trackingPerComplaint * track.reads) +
    credential * (create.reads + BASE.statusChecksPerRequest * status.reads + submit.reads + ASSUMED.uploadCheck.reads + submit.queuedMail.reads) +
    n(BASE.signIns) * login.reads +
    n(BASE.publicReferenceGets) * reference.reads +
    signedIn * ASSUMED.signedIn.reads +
    slaTasks * ASSUMED.slaTaskCalls.reads;
  // a submission is one transaction too (the move, its audit record, two queued mails)
  const transactions = complaints * file.writes + credential * (create.writes + submit.writes);
  const writes = credential * (ASSUMED.uploadCheck.writes + submit.queuedMail.writes) + n(BASE.signIns) * login.writes + signedIn * ASSUMED.signedIn.writes + slaTasks * ASSUMED.slaTaskCalls.writes;
  const wru = (writes + transactions * ASSUMED.transactionItems * 2) * ASSUMED.writeUnitsPerWrite;
  const rru = reads * ASSUMED.readUnitsPerRead;

  const mails = complaints * BASE.complaintsWithEmail * (1 + ASSUMED.complainantMailsPerComplaint) + slaTasks * ASSUMED.slaTaskCalls.ses + credential * (submit.ses + submit.queuedMail.ses + 1) + n(BASE.awardSubmissions) * 2;
  const gbSeconds = invocations * ASSUMED.memoryGb * (ASSUMED.warmMs + ASSUMED.coldShare * ASSUMED.initMs) / 1000;
  const cfRequests = n(BASE.sitePageLoads) * ASSUMED.siteRequestsPerPageLoad + apiRequests;
  const cfGb = (n(BASE.sitePageLoads) * ASSUMED.siteBytesPerPageLoad) / 1e9;
  const secretCalls = invocations * ASSUMED.coldShare * ASSUMED.secretReadsPerColdStart;
  const logGb = (invocations * ASSUMED.logBytesPerInvocation) / 1e9;
  const s3Puts = credential * (1 + create.s3 + submit.s3) + n(BASE.awardSubmissions) * 4;
  const s3Gets = credential * (ASSUMED.uploadCheck.s3Get + 1) + n(BASE.awardSubmissions) * 4;

  return [
    { item: 'API Gateway HTTP API requests', quantity: apiRequests, unit: 'requests', usd: apiRequests * PRICE.httpApiRequest },
    { item: 'Lambda requests', quantity: invocations, unit: 'invocations', usd: invocations * PRICE.lambdaRequest },
    { item: 'Lambda duration, arm64', quantity: gbSeconds, unit: 'GB-s', usd: gbSeconds * PRICE.lambdaGbSecondArm },
    { item: 'DynamoDB writes (on-demand)', quantity: wru, unit: 'WRU', usd: wru * PRICE.ddbWriteUnit },
    { item: 'DynamoDB reads (on-demand)', quantity: rru, unit: 'RRU', usd: rru * PRICE.ddbReadUnit },
    { item: 'DynamoDB storage + PITR', quantity: ASSUMED.tableGb * Math.max(1, Math.sqrt(scale)), unit: 'GB', usd: ASSUMED.tableGb * Math.max(1, Math.sqrt(scale)) * (PRICE.ddbStorageGbMonth + PRICE.ddbPitrGbMonth) },
    { item: 'S3 requests (PUT, GET)', quantity: s3Puts + s3Gets, unit: 'requests', usd: s3Puts * PRICE.s3Put + s3Gets * PRICE.s3Get },
    { item: 'S3 storage (uploads, a year kept)', quantity: 12 * n(ASSUMED.uploadsGbAddedPerMonth), unit: 'GB', usd: 12 * n(ASSUMED.uploadsGbAddedPerMonth) * PRICE.s3StorageGbMonth },
    { item: 'SES e-mails', quantity: mails, unit: 'messages', usd: mails * PRICE.sesMessage },
    { item: 'Step Functions state transitions', quantity: complaints * ASSUMED.transitionsPerComplaint, unit: 'transitions', usd: complaints * ASSUMED.transitionsPerComplaint * PRICE.sfnTransition },
    { item: 'CloudFront (site and API), data out', quantity: cfGb, unit: 'GB', usd: cfGb * PRICE.cloudFrontGbOut },
    { item: 'CloudFront HTTPS requests', quantity: cfRequests, unit: 'requests', usd: cfRequests * PRICE.cloudFrontHttpsRequest },
    { item: 'WAF web ACL, rules and requests', quantity: cfRequests, unit: 'requests', usd: PRICE.wafAclMonth + ASSUMED.wafRules * PRICE.wafRuleMonth + cfRequests * PRICE.wafRequest },
    { item: 'Secrets Manager (secrets, reads)', quantity: secretCalls, unit: 'API calls', usd: ASSUMED.secrets * PRICE.secretMonth + secretCalls * PRICE.secretsApiCall },
    { item: 'CloudWatch Logs (ingest, 3 months kept)', quantity: logGb, unit: 'GB', usd: logGb * (PRICE.logsIngestGb + 3 * PRICE.logsStoreGbMonth) },
    { item: 'CloudWatch metrics, alarms, dashboard', quantity: ASSUMED.customMetrics + ASSUMED.alarms, unit: 'metrics + alarms', usd: ASSUMED.customMetrics * PRICE.metricMonth + ASSUMED.alarms * PRICE.alarmMonth + ASSUMED.dashboards * PRICE.dashboardMonth },
    { item: 'X-Ray traces', quantity: invocations, unit: 'traces', usd: invocations * PRICE.xrayTrace },
  ];
}

const FIXED = PRICE.wafAclMonth + ASSUMED.wafRules * PRICE.wafRuleMonth + ASSUMED.secrets * PRICE.secretMonth + ASSUMED.alarms * PRICE.alarmMonth + ASSUMED.dashboards * PRICE.dashboardMonth + ASSUMED.customMetrics * PRICE.metricMonth;
const usd = (x: number) => (x < 0.01 ? '< $0.01' : `$${x.toFixed(2)}`);
const qty = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));
const scales = [1, 10, 100];
const bills = scales.map(bill);
const total = (b: Line[]) => b.reduce((a, l) => a + l.usd, 0);
const perRoute = rows.filter((r) => ['POST /api/complaints', 'GET /api/complaints/track/{trackingCode}', 'POST /api/credential-requests', 'GET /api/credential-requests/{requestId}/status', 'POST /api/credential-requests/{requestId}/submit', 'POST /api/auth/login', 'GET /api/hospitals'].includes(r.route));

const md = [
  '# What the service costs a month on AWS',
  '',
  `Generated by \`npx tsx bench/cost-model.ts\` from \`bench/round-trips.json\` (the AWS calls per request that \`npm run bench -- round-trips\` counted on the request path of each public route) and the assumptions below. Prices: ap-southeast-1 (Singapore), USD, from ${PRICE_DATE}. No free tier is subtracted (the always-free Lambda, CloudFront and Step Functions allowances would remove most of the usage-based lines at 1×).`,
  '',
  '## The workload (1×, one month)',
  '',
  table(['what', 'per month', 'assumed'], [
    ['hospitals in the registry', qty(BASE.hospitals), 'SSO network'],
    ['complaints filed', qty(BASE.complaints), `${BASE.trackingPerComplaint} tracking look-ups each, ${BASE.complaintsWithEmail * 100}% give an e-mail, ${BASE.staffRequestsPerComplaint} staff requests each, ${ASSUMED.transitionsPerComplaint} state transitions and ${ASSUMED.slaTasksPerComplaint} workflow tasks each`],
    ['credential requests', qty(BASE.credentialRequests), `create, upload (straight to S3), ${BASE.statusChecksPerRequest} status checks, submit; ${BASE.staffRequestsPerCredentialRequest} officer requests each`],
    ['award submissions', qty(BASE.awardSubmissions), `700 a year spread evenly (the entry month is ~12× this line); ${BASE.requestsPerAwardSubmission} requests each`],
    ['sign-ins', qty(BASE.signIns), 'staff and hospital ids'],
    ['other signed-in requests', qty(BASE.otherSignedInRequests), `lists, dashboards, admin; ${ASSUMED.signedIn.reads} reads and ${ASSUMED.signedIn.writes} writes each (assumed)`],
    ['public reference look-ups', qty(BASE.publicReferenceGets), 'hospital search, offices, topics (measured like GET /api/hospitals)'],
    ['site page loads', qty(BASE.sitePageLoads), `${ASSUMED.siteRequestsPerPageLoad} requests and ${ASSUMED.siteBytesPerPageLoad / 1e6} MB each through CloudFront`],
  ]),
  '',
  `Lambda: arm64, ${ASSUMED.memoryGb * 1024} MB, ${ASSUMED.warmMs} ms a warm request, ${ASSUMED.coldShare * 100}% of invocations cold with ${ASSUMED.initMs} ms of init (billed since August 2025). DynamoDB on-demand: ${ASSUMED.writeUnitsPerWrite} WRU a write (items of 1–2 KB with Thai text), a transaction's ${ASSUMED.transactionItems} items billed twice each, ${ASSUMED.readUnitsPerRead} RRU a consistent read. Table ${ASSUMED.tableGb} GB with point-in-time recovery (growing with √scale), uploads +${ASSUMED.uploadsGbAddedPerMonth} GB a month.`,
  '',
  '## Measured calls per request (bench/round-trips.json)',
  '',
  table(['route', 'DynamoDB reads', 'DynamoDB writes', 'other AWS calls'], perRoute.map((r) => [r.route, r.reads.toFixed(1), r.writes.toFixed(1), Object.entries(r.other).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') || '—'])),
  '',
  '## The bill',
  '',
  table(['item', ...scales.map((s) => `${s}× quantity`), ...scales.map((s) => `${s}×`)], bills[0]!.map((line, i) => [line.item, ...bills.map((b) => `${qty(b[i]!.quantity)} ${b[i]!.unit}`), ...bills.map((b) => usd(b[i]!.usd))])),
  `| **total per month** | | | | **${usd(total(bills[0]!))}** | **${usd(total(bills[1]!))}** | **${usd(total(bills[2]!))}** |`,
  '',
  '## How it grows',
  '',
  `At 1× the bill is ${usd(total(bills[0]!))} a month, of which ${usd(FIXED)} (${((100 * FIXED) / total(bills[0]!)).toFixed(0)}%) is fixed whatever the traffic: the WAF web ACL and its rules, the two secrets, the custom metrics, the alarms and the dashboard. Usage-priced lines grow linearly with requests; at 10× the bill is ${usd(total(bills[1]!))} (×${(total(bills[1]!) / total(bills[0]!)).toFixed(1)}), at 100× ${usd(total(bills[2]!))} (×${(total(bills[2]!) / total(bills[0]!)).toFixed(1)}), where ${[...bills[2]!].sort((a, b) => b.usd - a.usd).slice(0, 4).map((l) => `${l.item} (${usd(l.usd)})`).join(', ')} lead. DynamoDB and Lambda stay small at every scale: ${usd(bills[2]!.filter((l) => l.item.startsWith('DynamoDB') || l.item.startsWith('Lambda')).reduce((a, l) => a + l.usd, 0))} together at 100×. Nothing in the design changes step-wise with scale: no provisioned capacity, no instances, no NAT.`,
  '',
  'What the round trips are worth: when each write was its own call, a web complaint made 2 writes on its path (and 2 more when a receipt was mailed) and tracking made 2 reads; now one transaction (billed 2 WRU an item, so about the same WRU) and one read. The saving is latency and Lambda time, not DynamoDB money: each round trip is ~5–10 ms of billed duration.',
  '',
  "The table's stream, which sends the mail a submission queues, adds no line: DynamoDB Streams reads made by a Lambda trigger are free, and the event filter invokes the sender only for new queued mail; its invocation (one per submission), its reads and writes (claim and record each mail) and the mails are counted above. A submission's writes moved off its path, they did not go away.",
  '',
];
writeFileSync(path.join(ROOT, 'docs', 'cost.md'), md.join('\n'));
console.log(`wrote docs/cost.md: ${scales.map((s, i) => `${s}× ${usd(total(bills[i]!))}`).join(', ')}`);
