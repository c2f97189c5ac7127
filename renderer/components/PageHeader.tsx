import { useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpButton, type HelpTopic } from './HelpButton.tsx';
import { HelpTopicContext } from './help-topic-context.ts';
import { PAGE_TITLE_ID } from './page-title.ts';

interface PageHeaderProps {
  title: string;
  lead?: string;
  /** A status chip shown beside the title, e.g. "Not checked yet". */
  status?: ReactNode;
  /** The "?" beside the title; by default the current route's (the layout says which). */
  help?: HelpTopic;
}

/** The page's one h1 (focus target after navigation), its lead sentence, and the window title. */
export function PageHeader({ title, lead, status, help }: PageHeaderProps) {
  const { t } = useTranslation();
  const routeTopic = useContext(HelpTopicContext);
  const topic = help ?? routeTopic;
  const documentTitle = t('app.documentTitle', { page: title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <header className="page-header">
      <div className="page-header__row">
        <h1 id={PAGE_TITLE_ID} tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {topic ? <HelpButton topic={topic} /> : null}
        {status}
      </div>
      {lead ? <p className="page-header__lead">{lead}</p> : null}
    </header>
  );
}
