import { App } from 'aws-cdk-lib';
import { buildApp } from '../infra/build-app';
const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
buildApp(app);
const asm = app.synth();
for (const s of asm.stacks) console.log(s.stackName, Object.keys(s.template.Resources).length);
