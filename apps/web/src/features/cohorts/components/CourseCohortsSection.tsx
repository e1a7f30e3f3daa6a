/** The cohorts of a course, shown on the course page (owned by the cohorts feature). */
export const CourseCohortsSection = (_props: { courseId: string; canEdit: boolean }) => null;
