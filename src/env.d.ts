declare namespace App {
  interface Locals {
    /** The page's language, its dictionary and vocabulary; set once per page by src/middleware.ts. */
    language: import('./i18n').PageLanguage;
  }
}
