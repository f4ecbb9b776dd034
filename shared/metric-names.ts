// Where our business metrics live in CloudWatch (read by the functions and by the CDK alarms).
export const METRICS_NAMESPACE = 'SsoHospitalServices';
export const METRICS_SERVICE = 'sso-hospital-services';

/**
 * The business and operational metrics the functions emit (Count, dimension `service`), for the
 * alarms and the dashboard. One name per event; the code uses these constants.
 */
export const METRIC = {
  complaintFiled: 'ComplaintFiled',
  slaBreached: 'SlaBreached',
  awardSubmissionReceived: 'AwardSubmissionReceived',
  credentialRequestSubmitted: 'CredentialRequestSubmitted',
  credentialRequestDecided: 'CredentialRequestDecided',
  loginThrottled: 'LoginThrottled',
  mailSent: 'MailSent',
  mailDead: 'MailDead',
  inactivitySweepSucceeded: 'InactivitySweepSucceeded',
  inactivityRevoked: 'InactivityRevoked',
} as const;
