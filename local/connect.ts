// Points this process at the running local stack (`npm start`, default ports), the way Lambda's
// environment points a function at AWS. Used by `npm run invoke` and the CLIs.
import path from 'node:path';
import { synthesizeCloudModel } from './cloud-template';
import { localEnvironment, REGION } from './local-stack';

export function connectToLocalStack(): void {
  const env = process.env;
  Object.assign(
    env,
    localEnvironment({
      dynamodbUrl: `http://127.0.0.1:${env.DYNAMODB_PORT ?? 4567}`,
      s3Url: `http://127.0.0.1:${env.S3_PORT ?? 4569}`,
      sesUrl: `http://127.0.0.1:${env.SES_PORT ?? 8005}`,
      sfnUrl: `http://127.0.0.1:${env.SFN_PORT ?? 8083}`,
      dataDir: path.resolve(env.LOCAL_DATA_DIR ?? '.local'),
    }),
  );
  for (const fn of synthesizeCloudModel(REGION).functions) Object.assign(env, fn.references);
}
