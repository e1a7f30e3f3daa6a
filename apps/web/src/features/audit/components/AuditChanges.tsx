import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { TableWrap } from '../../../shared/TableWrap';
import { diffAudit, isInstant } from './auditDiff';
import type { AuditValues } from './auditDiff';

/** One value as a person reads it: "(vacío)", Sí/No, La Paz time, a list, or compact JSON. */
const Value = ({ value }: { value: unknown }) => {
  const { t } = useTranslation();
  if (value === undefined) return <span aria-hidden="true">—</span>;
  if (value === null || value === '')
    return <span className="audit-empty">{t('audit.detail.empty')}</span>;
  if (typeof value === 'boolean')
    return <>{value ? t('audit.detail.yes') : t('audit.detail.no')}</>;
  if (isInstant(value)) return <time dateTime={value}>{formatDateTime(value)}</time>;
  if (typeof value === 'string' || typeof value === 'number') return <>{String(value)}</>;
  if (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' || typeof item === 'number')
  ) {
    return value.length === 0 ? (
      <span className="audit-empty">{t('audit.detail.empty')}</span>
    ) : (
      <>{value.join(', ')}</>
    );
  }
  return <code className="audit-json">{JSON.stringify(value)}</code>;
};

/**
 * The record's data before and after the action, field by field; the fields that changed are
 * highlighted (colour and weight, and the word "cambió" for screen readers and print).
 */
export const AuditChanges = ({
  before,
  after,
  caption,
}: {
  before: AuditValues;
  after: AuditValues;
  caption: string;
}) => {
  const { t } = useTranslation();
  const diff = diffAudit(before, after);
  if (diff.kind === 'none') return <p>{t('audit.detail.noData')}</p>;
  const showBefore = diff.kind !== 'created';
  const showAfter = diff.kind !== 'removed';
  return (
    <TableWrap label={caption}>
      <table className="audit-changes">
        <caption>
          {diff.kind === 'change'
            ? t('audit.detail.changesCaption', { count: diff.changedCount })
            : caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.detail.field')}</th>
            {showBefore ? <th scope="col">{t('audit.detail.before')}</th> : null}
            {showAfter ? <th scope="col">{t('audit.detail.after')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {diff.rows.map((row) => (
            <tr key={row.field} className={row.changed ? 'audit-changed' : undefined}>
              <th scope="row" className="break">
                <code>{row.field}</code>
                {row.changed ? (
                  <span className="audit-changed-mark"> ({t('audit.detail.changed')})</span>
                ) : null}
              </th>
              {showBefore ? (
                <td className="break">
                  <Value value={row.before} />
                </td>
              ) : null}
              {showAfter ? (
                <td className="break">
                  <Value value={row.after} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
};
