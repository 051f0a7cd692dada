import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewOutput } from '../../../core/contract.ts';
import { AriaLocale } from '../../components/AriaLocale.tsx';
import { useViewsStore } from './views-store.ts';

/**
 * "Views" over the table: the user's saved views, each applied by its name, marked as the one People
 * opens with (a toggle), renamed or deleted; and "Save view…" for what the table shows now.
 */
export function ViewsMenu() {
  const { t } = useTranslation();
  const views = useViewsStore((s) => s.views);
  const appliedId = useViewsStore((s) => s.appliedId);
  const applied = views.find((v) => v.id === appliedId);
  const open = useViewsStore((s) => s.open);
  const [isOpen, setOpen] = useState(false);
  const headingId = useId();
  const then = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="btn views-button">{applied ? t('people.ui.views.buttonNamed', { name: applied.name }) : t('people.ui.views.button')}</Button>
      <AriaLocale>
        <Popover className="menu-popover chooser-popover" placement="bottom end" offset={4}>
          <Dialog className="chooser-dialog" aria-labelledby={headingId}>
            <Heading slot="title" id={headingId} className="chooser-heading">
              {t('people.ui.views.title')}
            </Heading>
            {views.length === 0 ? (
              <p className="views-empty muted">{t('people.ui.views.empty')}</p>
            ) : (
              <ul className="views-list">
                {views.map((view) => (
                  <ViewRow key={view.id} view={view} applied={view.id === appliedId} then={then} />
                ))}
              </ul>
            )}
            <div className="chooser-foot">
              <button type="button" className="btn" onClick={then(() => open({ kind: 'save' }))}>
                {t('people.ui.views.save')}
              </button>
            </div>
          </Dialog>
        </Popover>
      </AriaLocale>
    </DialogTrigger>
  );
}

function ViewRow({ view, applied, then }: { view: SavedViewOutput; applied: boolean; then: (action: () => void) => () => void }) {
  const { t } = useTranslation();
  const apply = useViewsStore((s) => s.apply);
  const open = useViewsStore((s) => s.open);
  const setDefault = useViewsStore((s) => s.setDefault);
  const isDefault = useViewsStore((s) => s.defaultId === view.id);
  const name = { name: view.name };
  return (
    <li>
      <button type="button" className="btn-link view-apply" aria-current={applied || undefined} title={t('people.ui.views.apply', name)} onClick={then(() => apply(view))}>
        {view.name}
      </button>
      <button type="button" className="btn-link view-default" aria-pressed={isDefault} aria-label={t('people.ui.views.makeDefault', name)} title={t('people.ui.views.makeDefault', name)} onClick={() => void setDefault(view.id, !isDefault)}>
        <span aria-hidden="true">{isDefault ? '★' : '☆'}</span>
      </button>
      <button type="button" className="btn-link" aria-label={t('people.ui.views.renameNamed', name)} onClick={then(() => open({ kind: 'rename', view }))}>
        {t('people.ui.views.rename')}
      </button>
      <button type="button" className="btn-link danger" aria-label={t('people.ui.views.deleteNamed', name)} onClick={then(() => open({ kind: 'delete', view }))}>
        {t('people.ui.views.delete')}
      </button>
    </li>
  );
}
