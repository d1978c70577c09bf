import { list, object, optional, text, type Shape } from '#app/shared-kernel';
import type { DevelopmentScopeCommand } from './development-scope.commands.js';

const texts = optional(list(text(200), { max: 100 }));

/** The shape of the scope command's data (see Shape); presence and allowed values are the decider's rules. */
export const DEVELOPMENT_SCOPE_COMMAND_SHAPES: { readonly [T in DevelopmentScopeCommand['type']]: Shape } = {
  DefineDevelopmentScope: object({ team: text(200), period: text(20), targetIndustries: texts, regions: texts, sizeClasses: texts, mainDirection: optional(text()), notes: optional(text()) }),
};
