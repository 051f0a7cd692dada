/** Licences from a CSV file: a dry-run report per row, then apply as one command. */
export interface ImportDialogProps {
  /** `changed` is true when the import was applied (the caller reloads its users). */
  onClose: (changed: boolean) => void;
}

/** Placeholder until the dialog lands (people issue). */
export function ImportDialog(_props: ImportDialogProps) {
  return null;
}
