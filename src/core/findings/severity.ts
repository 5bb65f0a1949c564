/** How bad a finding is: error (a number is wrong or missing), warning (likely wrong), info. */
export type Severity = 'error' | 'warning' | 'info';
