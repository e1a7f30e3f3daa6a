import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../shared/download';
import { learningApi } from '../api/learningApi';

export const useDownloadLearningFile = (enrolmentId: string) =>
  useMutation({
    mutationFn: async ({ activityId, name }: { activityId: string; name: string }) => saveFile(await learningApi.downloadFile(enrolmentId, activityId), name),
  });
