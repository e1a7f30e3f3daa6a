import type { EntityManager } from 'typeorm';
import type { PublishableModule } from '@campus/domain';
import { CourseActivity } from './entities/course-activity.entity';
import { CourseModule } from './entities/course-module.entity';
import { QuizQuestion } from './entities/quiz-question.entity';

export interface VersionTree {
  modules: CourseModule[];
  /** By module id, in order. */
  activities: Map<string, CourseActivity[]>;
  /** By activity id, in order. */
  questions: Map<string, QuizQuestion[]>;
}

const groupBy = <T, K>(items: T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** Modules, activities and questions of one content version, each level in order (three queries). */
export const loadVersionTree = async (manager: EntityManager, versionId: string): Promise<VersionTree> => {
  const modules = await manager.getRepository(CourseModule).find({ where: { versionId }, order: { position: 'ASC' } });
  const activities = modules.length
    ? await manager
        .getRepository(CourseActivity)
        .createQueryBuilder('a')
        .where('a.module_id IN (:...ids)', { ids: modules.map((m) => m.id) })
        .orderBy('a.position', 'ASC')
        .getMany()
    : [];
  const quizIds = activities.filter((a) => a.kind === 'quiz').map((a) => a.id);
  const questions = quizIds.length
    ? await manager
        .getRepository(QuizQuestion)
        .createQueryBuilder('q')
        .where('q.activity_id IN (:...ids)', { ids: quizIds })
        .orderBy('q.position', 'ASC')
        .getMany()
    : [];
  return { modules, activities: groupBy(activities, (a) => a.moduleId), questions: groupBy(questions, (q) => q.activityId) };
};

/** The id of a course's latest content version (the one edits and new cohorts use). */
export const latestVersionId = async (manager: EntityManager, courseId: string): Promise<string | null> => {
  const [row] = await manager.query(`SELECT id FROM course_versions WHERE course_id = $1 ORDER BY number DESC LIMIT 1`, [courseId]);
  return row?.id ?? null;
};

/** The latest version's content in the shape the publishing rule reads. */
export const loadPublishableContent = async (manager: EntityManager, courseId: string): Promise<PublishableModule[]> => {
  const versionId = await latestVersionId(manager, courseId);
  if (!versionId) return [];
  const tree = await loadVersionTree(manager, versionId);
  return tree.modules.map((m) => ({
    title: m.title,
    activities: (tree.activities.get(m.id) ?? []).map((a) => ({
      kind: a.kind,
      title: a.title,
      videoUrl: a.videoUrl,
      hasFile: Boolean(a.fileKey),
      questions: (tree.questions.get(a.id) ?? []).map((q) => ({
        kind: q.kind,
        prompt: q.prompt,
        options: q.options,
        acceptedAnswers: q.acceptedAnswers,
      })),
    })),
  }));
};
