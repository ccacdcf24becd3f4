// Imported first by pseudo-locale.test.ts, so that every module it loads sees the pseudo-locale in the registry.
process.env['FIW_PSEUDO_LOCALE'] = '1';
