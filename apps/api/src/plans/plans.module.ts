import { Module } from '@nestjs/common';
import { ExecutePlanCommandHandler, GetPlanHandler, GetPlanHistoryHandler } from '#app/sales-planning';
import { PlanCloseController } from './plan-close.controller.js';
import { PlansController } from './plans.controller.js';

@Module({
  controllers: [PlansController, PlanCloseController],
  providers: [ExecutePlanCommandHandler, GetPlanHandler, GetPlanHistoryHandler],
})
export class PlansModule {}
