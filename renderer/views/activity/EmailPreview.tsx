import { useTranslation } from 'react-i18next';
import { routeLink, routePath, type AppRoute } from '../../../core/contract.ts';
import { openRoute } from '../../app/links.ts';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import type { EmailRow } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/** The email as its recipient got it: in their language, whatever the reader's. */
export function EmailPreview({ email }: { email: EmailRow | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useAuditLabels();
  return (
    <aside className="panel email-preview" aria-label={t('ui.activity.email')}>
      <div className="panel-body">
        {email ? (
          <>
            <h2 lang={email.language}>{email.subject}</h2>
            <dl className="audit-facts">
              <dt>{t('ui.activity.to')}</dt>
              <dd>
                {email.recipientName ? `${email.recipientName} <${email.to}>` : email.to}
              </dd>
              <dt>{t('ui.activity.when')}</dt>
              <dd>{formatDateTime(email.at, language, timeZone)}</dd>
              <dt>{t('ui.activity.template')}</dt>
              <dd>{labels.template(email.template)}</dd>
              <dt>{t('ui.activity.language')}</dt>
              <dd>{t(`ui.languages.${email.language}`)}</dd>
            </dl>
            <pre className="email" lang={email.language}>
              <EmailBody body={email.body} link={email.link} />
            </pre>
          </>
        ) : (
          <span className="muted">{t('ui.activity.selectEmail')}</span>
        )}
      </div>
    </aside>
  );
}

/** The body, its link (`account-admin://invoice/…`) made a link that opens the view here, as it would from the email. */
function EmailBody({ body, link }: { body: string; link: AppRoute | undefined }) {
  const { t } = useTranslation();
  const text = link ? routeLink(link) : '';
  const at = text ? body.lastIndexOf(text) : -1;
  if (!link || at < 0) return body;
  return (
    <>
      {body.slice(0, at)}
      <a
        href={`#/${routePath(link)}`}
        title={t('notices.links.openInApp')}
        onClick={(event) => {
          event.preventDefault();
          openRoute(link);
        }}
      >
        {text}
      </a>
      {body.slice(at + text.length)}
    </>
  );
}
