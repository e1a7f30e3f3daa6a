import { lazy, Suspense } from 'react';
import { loadFeatureTexts } from '../../../i18n';
import { Loading } from '../../../shared/QueryStatus';

/** The section with its texts, fetched when a person's page opens (the users pages stay small). */
const Section = lazy(async () => {
  const [module] = await Promise.all([import('./UserCompetenciesSection'), loadFeatureTexts()]);
  return { default: module.UserCompetenciesSection };
});

export const LazyUserCompetencies = ({ userId }: { userId: string }) => (
  <Suspense fallback={<Loading />}>
    <Section userId={userId} />
  </Suspense>
);
