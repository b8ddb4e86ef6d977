// Written by web/build.ts: the built stylesheet and script, for pages the API renders.
export const ASSETS = {
  'css': '/assets/styles-CMQ7TKKL.css',
  'js': '/assets/site-C-ZsiySh.js',
  'staffJs': '/assets/staff-CR5CjbbF.js'
} as const;
