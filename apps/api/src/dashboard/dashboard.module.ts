import { Module, type DynamicModule } from '@nestjs/common';
import { resolveJwtSecret, type AppConfig } from '#app/platform';
import { DEVELOPMENT_SECRET, DevSignInGuard, DevTokensController } from './dev-tokens.controller.js';

/** The dashboard's server side: its development sign-in (the static files are served by serveDashboard). */
@Module({})
export class DashboardModule {
  static forRoot(config: AppConfig): DynamicModule {
    const { development } = resolveJwtSecret(config);
    return {
      module: DashboardModule,
      controllers: development ? [DevTokensController] : [],
      providers: [{ provide: DEVELOPMENT_SECRET, useValue: development }, DevSignInGuard],
    };
  }
}
