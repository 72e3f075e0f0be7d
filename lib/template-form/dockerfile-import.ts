/**
 * "Import Dockerfile" applied to the form: the parsed Dockerfile (lib/templates/dockerfile.ts) replaces the
 * base image and the steps; the suggested start and ready commands are applied only when the user keeps them
 * ticked. Everything else in the form (name, resources) stays as it was.
 */
import type { DockerfileImport } from '@/lib/templates/dockerfile';
import { fromBuildSteps } from '@/lib/templates/steps';
import type { TemplateFormValues } from './values';

export type ImportChoices = {
  /** Use the suggested start command (from CMD / ENTRYPOINT), when there is one. */
  startCmd: boolean;
  /** Use the suggested ready command (from HEALTHCHECK), when there is one. */
  readyCmd: boolean;
};

/** Whether applying would replace steps the user already has (the dialog asks first then). */
export function importReplacesSteps(values: Pick<TemplateFormValues, 'steps'>): boolean {
  return values.steps.length > 0;
}

/** Whether there is anything to apply: a base image or at least one step. */
export function importHasContent(result: DockerfileImport): boolean {
  return result.from !== undefined || result.steps.length > 0;
}

export function applyDockerfileImport(
  values: TemplateFormValues,
  result: DockerfileImport,
  choices: ImportChoices,
): TemplateFormValues {
  return {
    ...values,
    // A Dockerfile without FROM leaves the current base image (the dialog said so as a problem).
    from: result.from ?? values.from,
    steps: fromBuildSteps(result.steps),
    startCmd: choices.startCmd && result.startCmd !== undefined ? result.startCmd : values.startCmd,
    readyCmd: choices.readyCmd && result.readyCmd !== undefined ? result.readyCmd : values.readyCmd,
  };
}
