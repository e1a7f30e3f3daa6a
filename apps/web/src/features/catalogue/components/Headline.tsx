import { headlineSegments } from '@campus/domain';
import type { CatalogueHeadlineDto } from '../api/types';

/** A snippet with the words found in <mark>; the API sends plain text and ranges, never HTML. */
export const Headline = ({
  headline,
  label,
}: {
  headline: CatalogueHeadlineDto;
  label: string;
}) => (
  <p className="headline">
    <span className="visually-hidden">{label}: </span>…{' '}
    {headlineSegments(headline).map((segment, index) =>
      segment.highlighted ? (
        <mark key={index}>{segment.text}</mark>
      ) : (
        <span key={index}>{segment.text}</span>
      ),
    )}{' '}
    …
  </p>
);
