/** Whom the account's two-step policy applies to, and whether they still have to enrol. */
import type { Account, User } from '../model/records.ts';

/** Whom the account's policy asks for two-step sign-in: administrators and super administrators. */
export const isAdministrator = (user: User) => user.role === 'super_admin' || user.role === 'admin';

export const twoStepRequired = (user: User, account: Account | undefined) => !!account?.security?.requireTwoStepForAdmins && isAdministrator(user);

/** The policy applies and the user has not enrolled: they enrol before anything else. */
export const enrolmentDue = (user: User, account: Account | undefined) => twoStepRequired(user, account) && !user.twoStep;
