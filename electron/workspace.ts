import { resolve } from 'node:path';
import type { Locale } from '../shared/enums.ts';
import type { AppInfo } from '../shared/schemas.ts';
import { seedDemo } from './demo/seedDemo.ts';
import { createHandlers } from './handlers.ts';
import { createRouter, type Router } from './router.ts';
import { createServices } from './services/index.ts';
import { openStore } from './store/connection.ts';

export { NotAWorkspaceError, WorkspaceTooNewError } from './store/connection.ts';

export type WorkspaceOptions = {
  /** ':memory:' for tests. */
  dbPath: string;
  /** The default settings.locale and the language of the demo content. */
  systemLocale: Locale;
  appVersion: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Default true: a brand-new workspace gets the demo content. */
  seedDemo?: boolean;
  onInternalError?: (channel: string, error: unknown) => void;
};

export type Workspace = { router: Router; info: AppInfo; close(): void };

/** The main-process core: database → migrations → services → handlers → router. */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const now = options.now ?? (() => new Date());
  const { db, isNew } = openStore(options.dbPath, now);
  try {
    const servicesOptions = {
      db,
      now,
      systemLocale: options.systemLocale,
      appVersion: options.appVersion,
      workspacePath: options.dbPath === ':memory:' ? options.dbPath : resolve(options.dbPath),
    };
    const services = createServices(servicesOptions);
    if (isNew && options.seedDemo !== false) seedDemo(servicesOptions);
    // The weekly forecast snapshot (issue 6): taken on the first open of each ISO week.
    services.forecast.ensureWeekly();
    const router = createRouter(createHandlers(services), {
      onInternalError: options.onInternalError,
    });
    return { router, info: services.app.info(), close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
