import { Module } from '@nestjs/common';
import { ExecutePlanCommandHandler, GetPlanHandler, GetPlanHistoryHandler } from '#app/sales-planning';
import { PlansController } from './plans.controller.js';

@Module({
  controllers: [PlansController],
  providers: [ExecutePlanCommandHandler, GetPlanHandler, GetPlanHistoryHandler],
})
export class PlansModule {}
