import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import type { AppConfig } from '#app/platform';
import { AuditModule } from './audit/audit.module.js';
import { AuthFailureLimiter } from './auth/auth-failure-limiter.js';
import { AuthGuard } from './auth/auth.guard.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { HealthController } from './health/health.controller.js';
import { DomainExceptionFilter } from './http/domain-exception.filter.js';
import { HttpLifecycle } from './http/http-server.js';
import { InfrastructureModule, type InfrastructureOverrides, type InfrastructureServices } from './infrastructure/infrastructure.module.js';
import { LiveModule } from './live/live.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ProspectsModule } from './prospects/prospects.module.js';
import { CommandMetricsInterceptor } from './observability/command-metrics.interceptor.js';
import { ReadModelsModule } from './read-models/read-models.module.js';

@Module({})
export class AppModule {
  /** `extra`: modules mounted beside the API's own (the benchmark adds a trivial route this way). */
  static forRoot(config: AppConfig, overrides: InfrastructureOverrides, services: InfrastructureServices & { lifecycle: HttpLifecycle }, extra: readonly Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot(), TerminusModule.forRoot({ logger: false }), InfrastructureModule.forRoot(config, overrides, services), PlansModule, ProspectsModule, ReadModelsModule, DashboardModule.forRoot(config), LiveModule, AuditModule, ...extra],
      controllers: [HealthController],
      providers: [
        { provide: HttpLifecycle, useValue: services.lifecycle },
        { provide: AuthFailureLimiter, useValue: new AuthFailureLimiter(config.authFailureLimit, config.authFailureWindowSeconds * 1000) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor },
      ],
    };
  }
}
