// The names AWS services give to "throttled or briefly unavailable": the API answers them 503
// (retry), the workflow tasks retry them. One list for both.
export const THROTTLING_ERROR_NAMES: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'ServiceUnavailable',
  'InternalServerError',
  'SlowDown',
]);
