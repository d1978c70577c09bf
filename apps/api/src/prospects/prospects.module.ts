import { Module } from '@nestjs/common';
import {
  AssignProspectHandler,
  ExecuteDevelopmentScopeCommandHandler,
  ExecuteProspectCommandHandler,
  GetDevelopmentScopeHandler,
  GetDevelopmentScopeHistoryHandler,
  GetProspectHandler,
  GetProspectHistoryHandler,
} from '#app/customer-development';
import { DevelopmentScopesController } from './development-scopes.controller.js';
import { ProspectsController } from './prospects.controller.js';

@Module({
  controllers: [ProspectsController, DevelopmentScopesController],
  providers: [
    ExecuteDevelopmentScopeCommandHandler,
    ExecuteProspectCommandHandler,
    AssignProspectHandler,
    GetDevelopmentScopeHandler,
    GetDevelopmentScopeHistoryHandler,
    GetProspectHandler,
    GetProspectHistoryHandler,
  ],
})
export class ProspectsModule {}
