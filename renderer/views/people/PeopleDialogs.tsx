import { AddToGroupDialog } from '../groups/AddToGroupDialog.tsx';
import { ImportDialog } from '../imports/ImportDialog.tsx';
import { LicenceDialog } from '../licences/LicenceDialog.tsx';
import { UserImportDialog } from '../user-import/UserImportDialog.tsx';
import { AddUserDialog } from './AddUserDialog.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { RoleDialog } from './RoleDialog.tsx';
import { usePeopleStore } from './store.ts';

/** The dialog the People view has open, if any; the licence and import dialogs belong to their areas. */
export function PeopleDialogs() {
  const dialog = usePeopleStore((s) => s.dialog);
  const closeDialog = usePeopleStore((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'add':
      return <AddUserDialog />;
    case 'import':
      return <ImportDialog onClose={closeDialog} />;
    case 'importUsers':
      return <UserImportDialog onClose={closeDialog} />;
    case 'licences':
      return <LicenceDialog mode={dialog.mode} userIds={dialog.userIds} onClose={closeDialog} />;
    case 'group':
      return <AddToGroupDialog userIds={dialog.userIds} onClose={closeDialog} />;
    case 'role':
      return <RoleDialog userIds={dialog.userIds} />;
    case 'delete':
      return <ConfirmDialog kind="delete" userIds={dialog.userIds} />;
    case 'revoke':
      return <ConfirmDialog kind="revoke" userIds={dialog.userIds} />;
    case 'status':
      return <ConfirmDialog kind="status" status={dialog.status} userIds={dialog.userIds} />;
  }
}
