// Points this process at the running local stack (`npm start`, default ports), the way Lambda's
// environment points a function at AWS, with the references the synthesized template gives each
// function (the SLA state machine's ARN…). Used by `npm run invoke` and the CLIs that run handlers.
import { synthesizeCloudModel } from './cloud-template';
import { REGION, runningLocalStackEnvironment } from './local-environment';

export function connectToLocalStack(): void {
  const env = process.env;
  Object.assign(env, runningLocalStackEnvironment(env));
  for (const fn of synthesizeCloudModel(REGION).functions) Object.assign(env, fn.references);
}
