import type { TestContext } from './test-app';
import { makeCohort, makeCourse, makeUser } from './test-app';
import type { MadeCourse } from './test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface JobBody {
  id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  percent: number;
  result: { issued: number; existing: number; failed: number } | null;
}

/** A course (online, no content: whoever is graded passes) and a cohort of it with `count` enrolments in `status`. */
export const makeCohortWith = async (ctx: TestContext, count: number, status = 'passed', course?: MadeCourse) => {
  const made = course ?? (await makeCourse(ctx.db, { modality: 'online', workloadHours: 60 }));
  const cohort = await makeCohort(ctx.db, made, { modality: 'online', venue: null });
  const enrolmentIds: string[] = [];
  const holders: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const holder = await makeUser(ctx.db, ['participant']);
    const [row] = await ctx.db.query(
      `INSERT INTO enrolments (cohort_id, user_id, status, final_score) VALUES ($1, $2, $3::varchar, CASE WHEN $3::varchar = 'passed' THEN 88.5 END) RETURNING id`,
      [cohort.id, holder.id, status],
    );
    enrolmentIds.push(row.id);
    holders.push(holder.id);
  }
  return { course: made, cohortId: cohort.id, enrolmentIds, holders };
};

export const waitForJob = async (ctx: TestContext, token: string, jobId: string): Promise<JobBody> => {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const response = await ctx.http().get(`/api/jobs/${jobId}`).set(bearer(token));
    expect(response.status).toBe(200);
    if (response.body.status === 'done' || response.body.status === 'failed') return response.body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${response.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

