// A fresh hospital of its own for each measured flow: what a hospital submits is final, so a flow
// cannot be repeated by the same one. Written with the project's repository functions, as the demo seed does.
import { BENCH_PASSWORD, type BenchStack } from './stack';

let passwordHash: Promise<string> | undefined;

export interface BenchHospital {
  code: string;
  userId: string;
  token: string;
}

/**
 * Registers hospital number `n` of this run (a made-up code under the Bangkok office of the
 * sample registry), creates its active hospital account with the bench password, and signs it in.
 */
export async function newHospital(stack: BenchStack, n: number, now = new Date()): Promise<BenchHospital> {
  const [{ putHospital }, { createAccount }, { hashPassword }] = await Promise.all([
    import('../../shared/data/reference-repository'),
    import('../../shared/data/accounts-repository'),
    import('../../shared/auth/passwords'),
  ]);
  const code = String(1_090_000 + n);
  const userId = `bench-hospital-${code}`;
  await putHospital({ code, hcode: String(10_900 + n), nameTh: `โรงพยาบาลทดสอบวัดผล ${n}`, nameEn: `Bench Hospital ${n}`, provinceCode: '10', kind: 'main', officeCode: 'BKK-01' });
  const created = await createAccount(
    {
      userId, kind: 'hospital', roles: ['hospital'], status: 'active', hospitalCode: code, email: `${userId}@demo.sso.local`,
      passwordHash: await (passwordHash ??= hashPassword(BENCH_PASSWORD)), issuedAt: now.toISOString(), activatedAt: now.toISOString(),
      excludedFromInactivity: true, excludedReason: 'bench account (local stack only)',
    },
    now,
  );
  if (!created) throw new Error(`${userId} already exists`);
  return { code, userId, token: await stack.login(userId) };
}
