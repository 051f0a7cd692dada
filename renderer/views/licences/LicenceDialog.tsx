/** Add or remove products for one or many users (People > user menu, or the bulk toolbar). */
export interface LicenceDialogProps {
  mode: 'add' | 'remove';
  /** The users the change applies to: one from a user's menu, many from the selection. */
  userIds: string[];
  /** `changed` is true when a change was applied (the caller reloads its users). */
  onClose: (changed: boolean) => void;
}

/** Placeholder until the dialog lands (people issue). */
export function LicenceDialog(_props: LicenceDialogProps) {
  return null;
}
