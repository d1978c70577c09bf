import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from '#app/platform';
import { AuditModule } from './audit/audit.module.js';
import { AuthGuard } from './auth/auth.guard.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { HealthController } from './health/health.controller.js';
import { DomainExceptionFilter } from './http/domain-exception.filter.js';
import { InfrastructureModule, type InfrastructureOverrides } from './infrastructure/infrastructure.module.js';
import { LiveModule } from './live/live.module.js';
import { PersonalDataInterceptor } from './personal-data/personal-data.interceptor.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ProspectsModule } from './prospects/prospects.module.js';
import { ReadModelsModule } from './read-models/read-models.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: InfrastructureOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot(), InfrastructureModule.forRoot(config, overrides), PlansModule, ProspectsModule, ReadModelsModule, DashboardModule.forRoot(config), LiveModule, AuditModule, PersonalDataModule],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: PersonalDataInterceptor },
      ],
    };
  }
}
