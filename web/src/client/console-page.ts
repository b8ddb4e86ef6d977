import type { Html } from '../../../lambdas/templates/site/pages/html';

/**
 * What staff.ts gives every page of the console it routes to: the element it draws in, the
 * API with the signed-in person's token, and how it shows a view and names the page. Each
 * page's dependencies extend it with what that page alone needs.
 */
export interface ConsolePage {
  app: HTMLElement;
  api(path: string, init?: RequestInit): Promise<Response>;
  show(view: Html): void;
  setTitle(title: string): void;
}
