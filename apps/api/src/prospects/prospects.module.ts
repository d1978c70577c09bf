import { Module } from '@nestjs/common';
import {
  AssignProspectHandler,
  DEVELOPMENT_READ_MODEL_QUERY_HANDLERS,
  ExecuteDevelopmentScopeCommandHandler,
  ExecuteProspectCommandHandler,
  GetDevelopmentScopeHandler,
  GetDevelopmentScopeHistoryHandler,
  GetProspectHandler,
  GetProspectHistoryHandler,
} from '#app/customer-development';
import { DevelopmentReadController } from './development-read.controller.js';
import { DevelopmentScopesController } from './development-scopes.controller.js';
import { ProspectsController } from './prospects.controller.js';

@Module({
  controllers: [ProspectsController, DevelopmentScopesController, DevelopmentReadController],
  providers: [
    ExecuteDevelopmentScopeCommandHandler,
    ExecuteProspectCommandHandler,
    AssignProspectHandler,
    GetDevelopmentScopeHandler,
    GetDevelopmentScopeHistoryHandler,
    GetProspectHandler,
    GetProspectHistoryHandler,
    ...DEVELOPMENT_READ_MODEL_QUERY_HANDLERS,
  ],
})
export class ProspectsModule {}
