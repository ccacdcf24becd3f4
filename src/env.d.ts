declare namespace App {
  interface Locals {
    /** The page's language, its dictionary and vocabulary; set once per page by src/middleware.ts. */
    language: import('./i18n').PageLanguage;
  }
}

/** The address of a module built as a chunk of its own, to import() when needed (src/integrations/lazy-url.ts). */
declare module 'lazy-url:*' {
  const url: string;
  export default url;
}
