import { defineMiddleware } from 'astro:middleware';
import { langFromParam, speak } from './i18n/index.ts';

/**
 * The page's language is decided here, once, from its route's `lang`
 * parameter (src/pages/[...lang]/…: absent for the default language), and
 * every component reads it from Astro.locals.language.
 */
export const onRequest = defineMiddleware((context, next) => {
  const param = context.params['lang'];
  context.locals.language = speak(langFromParam(param));
  return next();
});
