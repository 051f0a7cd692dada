/** Time is injected: the app uses the system clock, tests a fixed or stepped one. */
export interface Clock {
  now(): Date;
}
