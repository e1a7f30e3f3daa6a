import { Injectable } from '@nestjs/common';
import { cohortLabel, laPazToday, MODALITIES_WITH_ATTENDANCE, parseHeadline, seatsLeft } from '@campus/domain';
import type { ActivityKind, ProficiencyLevel } from '@campus/domain';
import { renderMarkdown } from '../courses/course-markdown';
import { requireInCatalogue } from './catalogue.access';
import { CatalogueException, CatalogueExceptionCode } from './catalogue.exception';
import { CatalogueRepository } from './catalogue.repository';
import type { CatalogueCohortRow, CatalogueOutlineRow, CatalogueSearchRow } from './catalogue.repository';
import type {
  CatalogueCohortDto,
  CatalogueCourseDetailDto,
  CatalogueCourseSummaryDto,
  CatalogueFrameworkRefDto,
  CatalogueModuleDto,
  CatalogueOutlineDto,
  CataloguePageDto,
  CatalogueQueryDto,
} from './dto/catalogue.dto';

/** Where a cohort's sessions can be added to a calendar (served by the cohorts feature). */
export const cohortCalendarUrl = (cohortId: string): string => `/api/public/cohorts/${cohortId}/calendar.ics`;

const frameworkRef = (id: string | null, code: string | null, name: string | null): CatalogueFrameworkRefDto | null =>
  id && code && name ? { id, code, name } : null;

@Injectable()
export class CatalogueService {
  constructor(private readonly repository: CatalogueRepository) {}

  async search(query: CatalogueQueryDto, today = laPazToday()): Promise<CataloguePageDto> {
    if (query.from && query.to && query.to < query.from) {
      throw new CatalogueException(CatalogueExceptionCode.InvalidDateRange, 'El rango de fechas termina antes de empezar', [
        { field: 'to', message: 'Debe ser igual o posterior a la fecha «desde»' },
      ]);
    }
    const rows = await this.repository.search(query, today);
    return {
      items: rows.filter((row) => row.id !== null).map((row) => this.toSummary(row)),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, today = laPazToday()): Promise<CatalogueCourseDetailDto> {
    const course = await this.repository.findCourse(id);
    requireInCatalogue(course);
    const [competencies, prerequisites, cohorts] = await Promise.all([
      this.repository.findCompetencies(id),
      this.repository.findPrerequisites(id),
      this.repository.findCurrentCohorts(id, today),
    ]);
    // The content a person would take: that of the first open cohort, else of the next one.
    const chosen = cohorts.find((cohort) => cohort.enrolment_open) ?? cohorts[0];
    const cohortIds = cohorts.map((cohort) => cohort.id);
    const [facilitators, sessions, outline] = await Promise.all([
      this.repository.findFacilitators(cohortIds),
      this.repository.findSessions(cohortIds),
      this.repository.findOutline(id, chosen?.course_version_id ?? null),
    ]);
    return {
      id: course.id,
      code: course.code,
      title: course.title,
      summary: course.summary,
      descriptionHtml: renderMarkdown(course.description),
      area: frameworkRef(course.area_id, course.area_code, course.area_name) as CatalogueFrameworkRefDto,
      subArea: frameworkRef(course.sub_area_id, course.sub_area_code, course.sub_area_name),
      modality: course.modality,
      workloadHours: course.workload_hours,
      passingScore: course.passing_score,
      minAttendance: course.min_attendance,
      attendanceRequired: MODALITIES_WITH_ATTENDANCE.includes(course.modality),
      certificateKind: course.certificate_kind,
      requiresEndorsement: course.requires_endorsement,
      sdgTargets: course.sdg_targets,
      competencies: competencies.map((c) => ({ id: c.id, code: c.code, name: c.name, level: Number(c.level) as ProficiencyLevel })),
      prerequisites: prerequisites.map((p) => ({ id: p.id, code: p.code, title: p.title, inCatalogue: p.in_catalogue })),
      outline: toOutline(outline),
      cohorts: cohorts.map(
        (cohort): CatalogueCohortDto => ({
          ...toCohortSummary(cohort),
          facilitators: facilitators.filter((f) => f.cohort_id === cohort.id).map((f) => `${f.first_names} ${f.last_names}`),
          sessions: sessions
            .filter((s) => s.cohort_id === cohort.id)
            .map((s) => ({ startsAt: new Date(s.starts_at).toISOString(), endsAt: new Date(s.ends_at).toISOString(), title: s.title, venue: s.venue })),
          icsUrl: cohortCalendarUrl(cohort.id),
        }),
      ),
    };
  }

  private toSummary(row: CatalogueSearchRow): CatalogueCourseSummaryDto {
    return {
      id: row.id as string,
      code: row.code,
      title: row.title,
      summary: row.summary,
      area: frameworkRef(row.area_id, row.area_code, row.area_name) as CatalogueFrameworkRefDto,
      subArea: frameworkRef(row.sub_area_id, row.sub_area_code, row.sub_area_name),
      modality: row.modality,
      workloadHours: row.workload_hours,
      certificateKind: row.certificate_kind,
      sdgTargets: row.sdg_targets,
      competencyCount: row.competency_count,
      nextCohort: row.nc_id
        ? toCohortSummary({
            id: row.nc_id,
            gestion: row.nc_gestion,
            edition: row.nc_edition,
            parallel: row.nc_parallel,
            starts_on: row.nc_starts_on,
            ends_on: row.nc_ends_on,
            enrolment_opens_on: row.nc_enrolment_opens_on,
            enrolment_closes_on: row.nc_enrolment_closes_on,
            capacity: row.nc_capacity,
            modality: row.nc_modality,
            venue: row.nc_venue,
            enrolment_open: row.nc_enrolment_open,
            held: row.nc_held,
          })
        : null,
      openCohortCount: row.open_cohort_count,
      headline: row.headline ? parseHeadline(row.headline) : null,
    };
  }
}

const toCohortSummary = (cohort: Omit<CatalogueCohortRow, 'course_version_id'>) => ({
  id: cohort.id,
  label: cohortLabel({ gestion: Number(cohort.gestion), edition: Number(cohort.edition), parallel: cohort.parallel }),
  startsOn: cohort.starts_on,
  endsOn: cohort.ends_on,
  enrolmentOpensOn: cohort.enrolment_opens_on,
  enrolmentClosesOn: cohort.enrolment_closes_on,
  capacity: cohort.capacity,
  seatsLeft: seatsLeft(cohort.capacity, cohort.held),
  modality: cohort.modality,
  venue: cohort.venue,
  enrolmentOpen: cohort.enrolment_open,
});

/** Rows (one per activity) into modules with their activities; null when there is no content yet. */
const toOutline = (rows: CatalogueOutlineRow[]): CatalogueOutlineDto | null => {
  if (rows.length === 0) return null;
  const modules: CatalogueModuleDto[] = [];
  for (const row of rows) {
    let module = modules.at(-1);
    if (!module || module.position !== row.module_position) {
      module = { position: row.module_position, title: row.module_title, summary: row.module_summary, activities: [] };
      modules.push(module);
    }
    if (row.activity_title !== null) {
      module.activities.push({
        title: row.activity_title,
        kind: row.kind as ActivityKind,
        required: row.required === true,
        estimatedMinutes: row.estimated_minutes,
        questionCount: row.question_count,
      });
    }
  }
  return { versionNumber: rows[0].version_number, modules };
};
