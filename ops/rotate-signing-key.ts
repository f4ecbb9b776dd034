// `npm run signing-key:rotate -- [--aws] [--force]`: a new token signing key. Sessions signed with
// the old key keep working until they expire (8 hours); every function picks up the new key within
// SIGNING_KEYS_CACHE_SECONDS (5 minutes). A second rotation within 8 hours is refused (exit 1)
// unless --force, which ends the sessions of the key before the previous one (after a leak).
import { parseArgs } from 'node:util';
import { connectTarget } from './connect-target';

const { values } = parseArgs({ options: { aws: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } });
const target = await connectTarget({ aws: values.aws });
console.log(`signing-key:rotate on ${target.describe}`);
const { rotateSigningKey, RotationTooSoonError } = await import('../shared/use-cases/rotate-signing-key');
try {
  const result = await rotateSigningKey({ force: values.force });
  console.log(`rotated at ${result.rotatedAt}: new key ${result.currentKeyId}, previous key ${result.previousKeyId} still verifies tokens until they expire.`);
} catch (error) {
  if (error instanceof RotationTooSoonError) {
    console.error(`refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
