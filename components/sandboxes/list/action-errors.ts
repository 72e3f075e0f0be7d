import { errorMessage, isApiError } from '@/lib/client/api-error';

/**
 * An action's failure in words. The API's 409 message ("not in a valid state for this operation") does not say
 * which state, so say what most likely happened: the sandbox changed since the list was loaded.
 */
export function actionErrorMessage(error: unknown, action: 'pause' | 'resume' | 'delete'): string {
  if (isApiError(error) && error.status === 409) {
    if (action === 'pause')
      return 'It is no longer active, so it cannot be paused. The list has been refreshed.';
    if (action === 'resume')
      return 'It is no longer paused, so it cannot be resumed. The list has been refreshed.';
  }
  if (isApiError(error) && error.status === 404)
    return 'It no longer exists. It may have been deleted elsewhere.';
  return errorMessage(error);
}
