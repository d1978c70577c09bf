import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'salesflow:public';

/** Marks a route that needs no token (health, docs, the dashboard's static files). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
