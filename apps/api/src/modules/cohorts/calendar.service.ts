import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import ical from 'ical-generator';
import { addDays, cohortLabel, daysBetween, findConflicts, laPazInstant, MAX_CALENDAR_RANGE_DAYS } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { Course } from '../courses/entities/course.entity';
import { cohortScope, inCohortScope } from './cohorts.access';
import { CohortsException, CohortsExceptionCode as Code } from './cohorts.exception';
import { CohortsRepository } from './cohorts.repository';
import type { ScheduledSessionRow } from './cohorts.repository';
import type { CalendarQueryDto, CalendarSessionDto } from './dto/calendar.dto';
import { Cohort } from './entities/cohort.entity';

const toCalendarSession = (session: ScheduledSessionRow, conflict: boolean): CalendarSessionDto => ({
  id: session.id,
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  title: session.title,
  venue: session.venue,
  cohort: { id: session.cohortId, label: cohortLabel(session), status: session.cohortStatus },
  course: { id: session.courseId, code: session.courseCode, title: session.courseTitle },
  facilitators: session.facilitators,
  conflict,
});

/** The sessions calendar (JSON for the SPA, iCalendar for calendar apps). */
@Injectable()
export class CalendarService {
  constructor(
    @InjectRepository(Cohort) private readonly cohorts: Repository<Cohort>,
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    private readonly repository: CohortsRepository,
  ) {}

  /**
   * Sessions of cohorts that are not cancelled between two La Paz days (inclusive), within the
   * viewer's scope; each says whether it is double-booked with any other session (in scope or not).
   */
  async sessions(query: CalendarQueryDto, viewer: AuthUser): Promise<CalendarSessionDto[]> {
    const length = daysBetween(query.from, query.to) + 1;
    if (length < 1) {
      throw new CohortsException(Code.InvalidRange, 'Revise el rango de fechas', [{ field: 'to', message: 'Debe ser igual o posterior a la fecha inicial' }]);
    }
    if (length > MAX_CALENDAR_RANGE_DAYS) {
      throw new CohortsException(Code.InvalidRange, 'Revise el rango de fechas', [
        { field: 'to', message: `El rango abarca como máximo ${MAX_CALENDAR_RANGE_DAYS} días` },
      ]);
    }
    const all = await this.repository.scheduledSessions({
      range: { from: laPazInstant(query.from), to: laPazInstant(addDays(query.to, 1)) },
    });
    const scope = cohortScope(viewer, query.mine === true);
    const visible = all.filter((session) => inCohortScope(scope, session.facilitatorIds));
    // Sessions overlapping one in the range overlap the range too: `all` holds every candidate.
    const conflicting = new Set(findConflicts(visible, all).map((conflict) => conflict.sessionId));
    return visible.map((session) => toCalendarSession(session, conflicting.has(session.id)));
  }

  /** The viewer's sessions in a range as an iCalendar file (to import once). */
  async viewerCalendar(query: CalendarQueryDto, viewer: AuthUser, origin: string): Promise<string> {
    const sessions = await this.sessions(query, viewer);
    const calendar = ical({ name: `Campus EGM: sesiones del ${query.from} al ${query.to}`, prodId: { company: 'EGM GAMLP', product: 'Campus EGM', language: 'ES' } });
    for (const session of sessions) {
      this.addEvent(calendar, session, origin);
    }
    return calendar.toString();
  }

  /**
   * The public feed of one cohort that calendar apps subscribe to (no token): only cohorts of
   * published courses that are not cancelled; course and session data only, nobody's personal data.
   */
  async publicCohortFeed(cohortId: string, origin: string): Promise<string> {
    const cohort = await this.cohorts.findOneBy({ id: cohortId });
    const course = cohort ? await this.courses.findOneBy({ id: cohort.courseId }) : null;
    if (!cohort || !course || course.status !== 'published' || cohort.status === 'cancelled') {
      throw new CohortsException(Code.CohortNotFound, 'Cohorte no encontrada');
    }
    const sessions = await this.repository.scheduledSessions({ cohortId });
    const label = cohortLabel(cohort);
    const calendar = ical({
      name: `${course.title} (${label})`,
      description: `Sesiones de ${course.code} ${course.title}, cohorte ${label}. Escuela de Gestores Municipales.`,
      timezone: null,
      prodId: { company: 'EGM GAMLP', product: 'Campus EGM', language: 'ES' },
      ttl: 3600,
    });
    for (const session of sessions) {
      this.addEvent(calendar, toCalendarSession(session, false), origin, false);
    }
    return calendar.toString();
  }

  private addEvent(calendar: ReturnType<typeof ical>, session: CalendarSessionDto, origin: string, withFacilitators = true) {
    const link = `${origin}/catalogo/${session.course.id}`;
    const lines = [`${session.course.code} ${session.course.title}`, `Cohorte ${session.cohort.label}`];
    if (withFacilitators && session.facilitators.length > 0) lines.push(`Facilitación: ${session.facilitators.map((f) => f.name).join(', ')}`);
    lines.push(link);
    calendar.createEvent({
      id: `${session.id}@campus-egm`,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      summary: session.title ? `${session.course.title} — ${session.title}` : session.course.title,
      location: session.venue ?? undefined,
      description: lines.join('\n'),
      url: link,
    });
  }
}
