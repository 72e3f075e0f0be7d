/**
 * The id of the console's command field on a sandbox's page, so the command palette's "Open the console" can
 * find and focus it without loading the console's own code.
 */
export const CONSOLE_COMMAND_ID = 'console-command';
