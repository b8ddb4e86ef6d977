// Written by web/build.ts: the built stylesheet and script, for pages the API renders.
export const ASSETS = {
  'css': '/assets/styles-DKtkZMyg.css',
  'js': '/assets/site-C-ZsiySh.js',
  'staffJs': '/assets/staff-BJu0ahxk.js'
} as const;
