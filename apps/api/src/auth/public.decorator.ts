import { SetMetadata, applyDecorators } from '@nestjs/common';
import { PublicInDocument } from '../openapi/route-docs.js';

export const IS_PUBLIC = 'salesflow:public';

/** Marks a route that needs no token (health, the development sign-in, the live stream); the OpenAPI document says `security: []`. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), PublicInDocument());
