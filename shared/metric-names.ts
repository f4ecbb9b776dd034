// Where our business metrics live in CloudWatch (read by the functions and by the CDK alarms).
export const METRICS_NAMESPACE = 'SsoHospitalServices';
export const METRICS_SERVICE = 'sso-hospital-services';
