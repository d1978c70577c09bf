import { Module } from '@nestjs/common';
import { READ_MODEL_QUERY_HANDLERS } from '#app/sales-planning';
import { PlanningReadController } from './planning-read.controller.js';
import { ProjectionsController } from './projections.controller.js';

@Module({
  controllers: [PlanningReadController, ProjectionsController],
  providers: [...READ_MODEL_QUERY_HANDLERS],
})
export class ReadModelsModule {}
