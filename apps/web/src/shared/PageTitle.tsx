import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The page's <h1>: sets the document title and takes the focus when the route changes, so screen
 * reader and keyboard users start at the new page's heading.
 */
export const PageTitle = ({ children, title }: { children?: ReactNode; title: string }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
};
