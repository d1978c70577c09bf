import { Module } from '@nestjs/common';
import { EraseDataSubjectHandler, GetDataSubjectReportHandler, ListPersonalDataAccessHandler } from '#app/personal-data';
import { PersonalDataController } from './personal-data.controller.js';

@Module({
  controllers: [PersonalDataController],
  providers: [EraseDataSubjectHandler, GetDataSubjectReportHandler, ListPersonalDataAccessHandler],
})
export class PersonalDataModule {}
