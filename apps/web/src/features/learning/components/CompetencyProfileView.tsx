import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { formatDate } from '../../../shared/format';
import type { CompetencyProfileDto, ProfileCompetencyDto } from '../api/types';

type HeadingLevel = 'h2' | 'h3';

/** The competencies grouped by area (highest level each), then the evidence they come from. */
export const CompetencyProfileView = ({ profile, headingLevel = 'h2', idPrefix = 'profile' }: { profile: CompetencyProfileDto; headingLevel?: HeadingLevel; idPrefix?: string }) => {
  const { t } = useTranslation();
  const Heading = headingLevel;
  const SubHeading = headingLevel === 'h2' ? 'h3' : 'h4';
  const areas = new Map<string, { name: string; code: string; items: ProfileCompetencyDto[] }>();
  for (const item of profile.competencies) {
    const key = item.area?.id ?? 'none';
    const group = areas.get(key) ?? { name: item.area?.name ?? t('learning.profile.noArea'), code: item.area?.code ?? '', items: [] };
    group.items.push(item);
    areas.set(key, group);
  }
  const level = (value: number) => t(`learning.levels.${value}` as 'learning.levels.1');
  return (
    <>
      <section aria-labelledby={`${idPrefix}-competencies`}>
        <Heading id={`${idPrefix}-competencies`}>{t('learning.profile.competenciesTitle')}</Heading>
        {profile.competencies.length === 0 ? <p>{t('learning.profile.empty')}</p> : null}
        {[...areas.entries()].map(([key, group]) => (
          <section key={key} aria-labelledby={`${idPrefix}-area-${key}`} className="profile-area">
            <SubHeading id={`${idPrefix}-area-${key}`}>{group.code ? `${group.code} · ${group.name}` : group.name}</SubHeading>
            <ul className="profile-competencies">
              {group.items.map((item) => (
                <li key={item.competency.id}>
                  <span className="profile-competency-name">
                    {item.competency.code} · {item.competency.name}
                    {item.subArea ? <span className="muted"> ({item.subArea.name})</span> : null}
                    {item.retired ? <span className="muted"> · {t('learning.profile.retired')}</span> : null}
                  </span>
                  <span className={`badge profile-level profile-level--${item.level}`}>{level(item.level)}</span>
                  <span className="muted">
                    {t('learning.profile.evidence', { count: item.evidenceCount, date: formatDate(item.lastAwardedOn) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby={`${idPrefix}-records`}>
        <Heading id={`${idPrefix}-records`}>{t('learning.profile.recordsTitle')}</Heading>
        <DataTable
          caption={t('learning.profile.recordsCaption')}
          columns={[t('learning.profile.columns.competency'), t('learning.profile.columns.level'), t('learning.profile.columns.source'), t('learning.profile.columns.date'), t('learning.profile.columns.detail')]}
          isEmpty={profile.records.length === 0}
          emptyText={t('learning.profile.noRecords')}
        >
          {profile.records.map((record) => (
            <tr key={record.id}>
              <td>
                {record.competency.code} · {record.competency.name}
              </td>
              <td>{level(record.level)}</td>
              <td>{t(`learning.profile.sources.${record.source}`)}</td>
              <td>{formatDate(record.awardedOn)}</td>
              <td>
                {record.course ? <p>{t('learning.profile.fromCourse', { code: record.course.code, title: record.course.title, cohort: record.cohort?.label ?? '' })}</p> : null}
                {record.note && record.source !== 'course' ? <p>{record.note}</p> : null}
                {record.evidenceUrl ? (
                  <p>
                    <a href={record.evidenceUrl} target="_blank" rel="noopener noreferrer">
                      {t('learning.profile.evidenceLink')}
                    </a>
                  </p>
                ) : null}
                {record.awardedBy && record.source === 'manual' ? <p className="muted">{t('learning.profile.awardedBy', { name: record.awardedBy.name })}</p> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
};
